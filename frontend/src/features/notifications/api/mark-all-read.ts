import { useMutation, useQueryClient } from '@tanstack/react-query';

import { api, unwrap } from '../../../lib/api-client';

import { notificationsKey } from './get-notifications';

export async function markAllRead(): Promise<void> {
  await unwrap(api.POST('/api/notifications/read'));
}

/** Marks all of the reader's notifications read. */
export function useMarkAllRead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: markAllRead,
    onSettled: () => queryClient.invalidateQueries({ queryKey: notificationsKey }),
  });
}
