import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';

import { useAnnounce } from '../../../components/ui/announcer';
import { api, unwrap } from '../../../lib/api-client';
import { isApiError } from '../../../lib/api-error';
import type { FullIdeaView, IdeaView, Sharing } from '../../../lib/api-types';
import { queryKeys } from '../../../lib/query-keys';

/** Shares the idea this far, at the version the lab lead saw. */
export async function shareIdea(idea: FullIdeaView, sharing: Sharing): Promise<IdeaView> {
  return (await unwrap(
    api.PUT('/api/ideas/{id}/sharing', {
      params: { path: { id: idea.id } },
      body: { sharing, version: idea.version },
    }),
  )) as IdeaView;
}

export function useShareIdea(idea: FullIdeaView) {
  const queryClient = useQueryClient();
  const announce = useAnnounce();
  const { t } = useTranslation();
  return useMutation({
    mutationFn: (sharing: Sharing) => shareIdea(idea, sharing),
    onSuccess: (updated) => {
      announce(t('idea.sharing.done', { level: t(`sharing.${updated.sharing}`) }));
      queryClient.setQueryData(queryKeys.idea(updated.id), updated);
      void queryClient.invalidateQueries({ queryKey: queryKeys.board });
    },
    onError: (error) => {
      if (isApiError(error, 409)) {
        void queryClient.invalidateQueries({ queryKey: queryKeys.idea(idea.id) });
      }
    },
  });
}
