import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';

import { useAnnounce } from '../../../components/ui/announcer';
import { api, unwrap } from '../../../lib/api-client';

import { feedKeys } from './get-feeds';

/** Removes a feed; its pilots leave the catalogue. */
export async function deleteFeed(feedId: number): Promise<void> {
  await unwrap(
    api.DELETE('/api/admin/federation/feeds/{feedId}', { params: { path: { feedId } } }),
  );
}

export function useDeleteFeed() {
  const queryClient = useQueryClient();
  const announce = useAnnounce();
  const { t } = useTranslation();
  return useMutation({
    mutationFn: deleteFeed,
    onSuccess: () => {
      announce(t('announce.feedDeleted'));
    },
    onSettled: () => {
      void queryClient.invalidateQueries({ queryKey: feedKeys.all });
    },
  });
}
