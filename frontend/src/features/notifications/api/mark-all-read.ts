import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';

import { useAnnounce } from '../../../components/ui/announcer';
import { api, unwrap } from '../../../lib/api-client';

import { notificationsKey } from './get-notifications';

export async function markAllRead(): Promise<void> {
  await unwrap(api.POST('/api/notifications/read'));
}

/** Marks all of the reader's notifications read. */
export function useMarkAllRead() {
  const queryClient = useQueryClient();
  const announce = useAnnounce();
  const { t } = useTranslation();
  return useMutation({
    mutationFn: markAllRead,
    onSuccess: () => {
      announce(t('announce.allRead'));
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: notificationsKey }),
  });
}
