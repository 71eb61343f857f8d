import type { paths } from '@api/schema';
import { queryOptions, useQuery } from '@tanstack/react-query';

import { api, unwrap } from '../../../lib/api-client';

type NotificationPage =
  paths['/api/notifications']['get']['responses'][200]['content']['application/json'];

/** Something that happened to an idea the reader is told of, newest first. */
export type Notification = NotificationPage['items'][number];
export type NotificationKind = Notification['kind'];

/** Everything under it is refreshed when a notification is read. */
export const notificationsKey = ['notifications'] as const;

/** How many items the bell shows. */
const LATEST = 10;

export async function getNotifications(size = LATEST): Promise<NotificationPage> {
  return await unwrap(api.GET('/api/notifications', { params: { query: { page: 0, size } } }));
}

export const latestNotificationsQueryOptions = queryOptions({
  queryKey: [...notificationsKey, 'latest'],
  queryFn: () => getNotifications(),
});

/** The latest notifications; only read while `enabled` (the bell is open). */
export function useLatestNotifications(enabled: boolean) {
  return useQuery({ ...latestNotificationsQueryOptions, enabled, staleTime: 0 });
}
