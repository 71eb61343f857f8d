import { queryOptions, useQuery } from '@tanstack/react-query';

import { api, unwrap } from '../../../lib/api-client';
import type { GateDecision } from '../../../lib/api-types';
import { queryKeys } from '../../../lib/query-keys';

export async function getDecisions(ideaId: number): Promise<GateDecision[]> {
  return await unwrap(api.GET('/api/ideas/{ideaId}/decisions', { params: { path: { ideaId } } }));
}

export function decisionsQueryOptions(ideaId: number) {
  return queryOptions({
    queryKey: queryKeys.ideaPart(ideaId, 'decisions'),
    queryFn: () => getDecisions(ideaId),
  });
}

export function useDecisions(ideaId: number) {
  return useQuery(decisionsQueryOptions(ideaId));
}
