import { queryOptions, useQuery } from '@tanstack/react-query';

import { api, unwrap } from '../../../lib/api-client';

import { notificationsKey } from './get-notifications';

/** How often the bell asks for the unread count, so that it changes without a reload. */
export const UNREAD_POLL_MS = 30_000;

export async function getUnreadCount(): Promise<number> {
  return (await unwrap(api.GET('/api/notifications/unread'))).unread;
}

export const unreadCountQueryOptions = queryOptions({
  queryKey: [...notificationsKey, 'unread'],
  queryFn: getUnreadCount,
});

/** The reader's unread count: asked again every half minute and whenever the window gets focus. */
export function useUnreadCount() {
  return useQuery({
    ...unreadCountQueryOptions,
    refetchInterval: UNREAD_POLL_MS,
    refetchOnWindowFocus: 'always',
    staleTime: 0,
  });
}
