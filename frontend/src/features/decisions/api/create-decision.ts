import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';

import { useAnnounce } from '../../../components/ui/announcer';
import { api, unwrap } from '../../../lib/api-client';
import { isApiError } from '../../../lib/api-error';
import type { DecisionRequest, GateDecision } from '../../../lib/api-types';
import { queryKeys } from '../../../lib/query-keys';

export async function createDecision(
  ideaId: number,
  request: DecisionRequest,
): Promise<GateDecision> {
  return await unwrap(
    api.POST('/api/ideas/{ideaId}/decisions', { params: { path: { ideaId } }, body: request }),
  );
}

/** Takes a gate decision and confirms it; afterwards the idea, the board and the task lists are read again. */
export function useCreateDecision(ideaId: number, reference: string) {
  const queryClient = useQueryClient();
  const announce = useAnnounce();
  const { t } = useTranslation();
  return useMutation({
    mutationFn: (request: DecisionRequest) => createDecision(ideaId, request),
    onSuccess: (_, request) => {
      announce(
        t('announce.decided', {
          reference,
          gate: t(`gates.${request.gate}`),
          outcome: t(`outcomes.${request.outcome}`),
        }),
      );
      void queryClient.invalidateQueries({ queryKey: queryKeys.idea(ideaId) });
      void queryClient.invalidateQueries({ queryKey: queryKeys.board });
      void queryClient.invalidateQueries({ queryKey: queryKeys.myTasks });
    },
    onError: (error) => {
      // Someone changed the idea, or the reader may no longer take this gate: read it again.
      if (isApiError(error, 409) || isApiError(error, 403)) {
        void queryClient.invalidateQueries({ queryKey: queryKeys.idea(ideaId) });
        void queryClient.invalidateQueries({ queryKey: queryKeys.board });
      }
    },
  });
}
