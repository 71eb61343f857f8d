import { useMutation, useQueryClient } from '@tanstack/react-query';

import { api, unwrap } from '../../../lib/api-client';
import type { BaselineRequest, MeasurementRequest, TargetRequest } from '../../../lib/api-types';
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

export async function setBaseline(targetId: number, baseline: BaselineRequest): Promise<unknown> {
  return unwrap(
    api.PUT('/api/impact-targets/{targetId}/baseline', {
      params: { path: { targetId } },
      body: baseline,
    }),
  );
}

export type ImpactChange =
  | { kind: 'target'; target: TargetRequest }
  | { kind: 'measurement'; targetId: number; measurement: MeasurementRequest }
  | { kind: 'baseline'; targetId: number; baseline: BaselineRequest };

function save(ideaId: number, change: ImpactChange): Promise<unknown> {
  switch (change.kind) {
    case 'target':
      return addImpactTarget(ideaId, change.target);
    case 'measurement':
      return addMeasurement(change.targetId, change.measurement);
    case 'baseline':
      return setBaseline(change.targetId, change.baseline);
  }
}

/**
 * Sets an impact target, records a measurement or sets a target's baseline; then the idea and
 * its impact are read again.
 */
export function useSaveImpact(ideaId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (change: ImpactChange) => save(ideaId, change),
    onSettled: () => {
      void queryClient.invalidateQueries({ queryKey: queryKeys.idea(ideaId) });
    },
  });
}
