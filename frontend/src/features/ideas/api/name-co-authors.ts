import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';

import { useAnnounce } from '../../../components/ui/announcer';
import { api, unwrap } from '../../../lib/api-client';
import { isApiError } from '../../../lib/api-error';
import type { FullIdeaView, IdeaView } from '../../../lib/api-types';
import { queryKeys } from '../../../lib/query-keys';

/** Names the colleagues who wrote the idea with its submitter (all of them: it replaces the list). */
export async function nameCoAuthors(idea: FullIdeaView, coAuthors: string[]): Promise<IdeaView> {
  return (await unwrap(
    api.PUT('/api/ideas/{id}/co-authors', {
      params: { path: { id: idea.id } },
      body: { coAuthors, version: idea.version },
    }),
  )) as IdeaView;
}

export function useNameCoAuthors(idea: FullIdeaView) {
  const queryClient = useQueryClient();
  const announce = useAnnounce();
  const { t } = useTranslation();
  return useMutation({
    mutationFn: (coAuthors: string[]) => nameCoAuthors(idea, coAuthors),
    onSuccess: (updated) => {
      announce(t('idea.done.CHANGE_CO_AUTHORS'));
      queryClient.setQueryData(queryKeys.idea(updated.id), updated);
      void queryClient.invalidateQueries({ queryKey: queryKeys.myIdeas });
    },
    onError: (error) => {
      if (isApiError(error, 409)) {
        void queryClient.invalidateQueries({ queryKey: queryKeys.idea(idea.id) });
      }
    },
  });
}
