import { queryOptions, useQuery } from '@tanstack/react-query';

import { api, unwrap } from '../../../lib/api-client';
import type { TargetView } from '../../../lib/api-types';
import { queryKeys } from '../../../lib/query-keys';

export async function getImpactTargets(ideaId: number): Promise<TargetView[]> {
  return await unwrap(
    api.GET('/api/ideas/{ideaId}/impact-targets', { params: { path: { ideaId } } }),
  );
}

export function impactTargetsQueryOptions(ideaId: number) {
  return queryOptions({
    queryKey: queryKeys.ideaPart(ideaId, 'impact'),
    queryFn: () => getImpactTargets(ideaId),
  });
}

export function useImpactTargets(ideaId: number) {
  return useQuery(impactTargetsQueryOptions(ideaId));
}
