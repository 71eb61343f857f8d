import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';

import { useAnnounce } from '../../../components/ui/announcer';
import { api, unwrap } from '../../../lib/api-client';

import { feedKeys, type Feed, type FeedRequest } from './get-feeds';

/** Adds a feed; the server reads it at once and answers whether that worked. */
export async function addFeed(body: FeedRequest): Promise<Feed> {
  return await unwrap(api.POST('/api/admin/federation/feeds', { body }));
}

export function useAddFeed() {
  const queryClient = useQueryClient();
  const announce = useAnnounce();
  const { t } = useTranslation();
  return useMutation({
    mutationFn: addFeed,
    onSuccess: (feed) => {
      announce(
        feed.stale
          ? t('announce.feedAddedUnread', { name: feed.name })
          : t('announce.feedAdded', { name: feed.name, pilots: feed.pilots }),
      );
      void queryClient.invalidateQueries({ queryKey: feedKeys.all });
    },
  });
}
