import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';

import { useAnnounce } from '../../../components/ui/announcer';
import { api, unwrap } from '../../../lib/api-client';
import { isApiError } from '../../../lib/api-error';
import type { FullIdeaView, IdeaView } from '../../../lib/api-types';
import { queryKeys } from '../../../lib/query-keys';

export type StateChange = 'SUBMIT' | 'RESUBMIT' | 'WITHDRAW';

const endpoints = {
  SUBMIT: '/api/ideas/{id}/submit',
  RESUBMIT: '/api/ideas/{id}/resubmit',
  WITHDRAW: '/api/ideas/{id}/withdraw',
} as const;

/** Submits, resubmits or withdraws the idea at the version the user saw. */
export async function changeIdeaState(idea: FullIdeaView, change: StateChange): Promise<IdeaView> {
  return (await unwrap(
    api.POST(endpoints[change], {
      params: { path: { id: idea.id } },
      body: { version: idea.version },
    }),
  )) as IdeaView;
}

export function useChangeIdeaState(idea: FullIdeaView) {
  const queryClient = useQueryClient();
  const announce = useAnnounce();
  const { t } = useTranslation();
  return useMutation({
    mutationFn: (change: StateChange) => changeIdeaState(idea, change),
    onSuccess: (updated, change) => {
      announce(t(`idea.done.${change}`));
      queryClient.setQueryData(queryKeys.idea(updated.id), updated);
      void queryClient.invalidateQueries({ queryKey: queryKeys.idea(updated.id) });
      void queryClient.invalidateQueries({ queryKey: queryKeys.board });
      void queryClient.invalidateQueries({ queryKey: queryKeys.myTasks });
    },
    onError: (error) => {
      // Someone else changed the idea: show them the idea as it is now.
      if (isApiError(error, 409)) {
        void queryClient.invalidateQueries({ queryKey: queryKeys.idea(idea.id) });
      }
    },
  });
}
