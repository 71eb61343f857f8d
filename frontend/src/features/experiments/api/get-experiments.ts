import { queryOptions, useQuery } from '@tanstack/react-query';

import { api, unwrap } from '../../../lib/api-client';
import type { Experiment } from '../../../lib/api-types';
import { queryKeys } from '../../../lib/query-keys';

export async function getExperiments(ideaId: number): Promise<Experiment[]> {
  return await unwrap(api.GET('/api/ideas/{ideaId}/experiments', { params: { path: { ideaId } } }));
}

export function experimentsQueryOptions(ideaId: number) {
  return queryOptions({
    queryKey: queryKeys.ideaPart(ideaId, 'experiments'),
    queryFn: () => getExperiments(ideaId),
  });
}

export function useExperiments(ideaId: number) {
  return useQuery(experimentsQueryOptions(ideaId));
}
