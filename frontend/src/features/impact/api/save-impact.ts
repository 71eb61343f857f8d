import { useMutation, useQueryClient } from '@tanstack/react-query';

import { api, unwrap } from '../../../lib/api-client';
import type { MeasurementRequest, TargetRequest } from '../../../lib/api-types';
import { queryKeys } from '../../../lib/query-keys';

export async function addImpactTarget(ideaId: number, target: TargetRequest): Promise<unknown> {
  return unwrap(
    api.POST('/api/ideas/{ideaId}/impact-targets', { params: { path: { ideaId } }, body: target }),
  );
}

export async function addMeasurement(
  targetId: number,
  measurement: MeasurementRequest,
): Promise<unknown> {
  return unwrap(
    api.POST('/api/impact-targets/{targetId}/measurements', {
      params: { path: { targetId } },
      body: measurement,
    }),
  );
}

export type ImpactChange =
  | { kind: 'target'; target: TargetRequest }
  | { kind: 'measurement'; targetId: number; measurement: MeasurementRequest };

/** Sets an impact target or records a measurement; then the idea and its impact are read again. */
export function useSaveImpact(ideaId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (change: ImpactChange) =>
      change.kind === 'target'
        ? addImpactTarget(ideaId, change.target)
        : addMeasurement(change.targetId, change.measurement),
    onSettled: () => {
      void queryClient.invalidateQueries({ queryKey: queryKeys.idea(ideaId) });
    },
  });
}
