import { useMutation, useQueryClient } from '@tanstack/react-query';

import { api, unwrap } from '../../../lib/api-client';
import type { Experiment, ResultRequest, TestCardRequest } from '../../../lib/api-types';
import { queryKeys } from '../../../lib/query-keys';

export async function addTestCard(ideaId: number, card: TestCardRequest): Promise<Experiment> {
  return await unwrap(
    api.POST('/api/ideas/{ideaId}/experiments', { params: { path: { ideaId } }, body: card }),
  );
}

export async function editTestCard(id: number, card: TestCardRequest): Promise<Experiment> {
  return await unwrap(api.PUT('/api/experiments/{id}', { params: { path: { id } }, body: card }));
}

export async function recordResult(id: number, result: ResultRequest): Promise<Experiment> {
  return await unwrap(
    api.POST('/api/experiments/{id}/result', { params: { path: { id } }, body: result }),
  );
}

export type ExperimentChange =
  | { kind: 'add'; card: TestCardRequest }
  | { kind: 'edit'; id: number; card: TestCardRequest }
  | { kind: 'result'; id: number; result: ResultRequest };

/** Adds or edits a test card, or records a result; then the idea and its experiments are read again. */
export function useSaveExperiment(ideaId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (change: ExperimentChange) => {
      switch (change.kind) {
        case 'add':
          return addTestCard(ideaId, change.card);
        case 'edit':
          return editTestCard(change.id, change.card);
        case 'result':
          return recordResult(change.id, change.result);
      }
    },
    onSettled: () => {
      void queryClient.invalidateQueries({ queryKey: queryKeys.idea(ideaId) });
    },
  });
}
