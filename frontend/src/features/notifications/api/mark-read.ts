import { useMutation, useQueryClient } from '@tanstack/react-query';

import { api, unwrap } from '../../../lib/api-client';

import { notificationsKey } from './get-notifications';

export async function markRead(id: number): Promise<void> {
  await unwrap(
    api.POST('/api/notifications/{notificationId}/read', {
      params: { path: { notificationId: id } },
    }),
  );
}

/** Marks one of the reader's notifications read (opening it does). */
export function useMarkRead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: markRead,
    onSettled: () => queryClient.invalidateQueries({ queryKey: notificationsKey }),
  });
}
