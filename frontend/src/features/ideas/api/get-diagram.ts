import { queryOptions, useQuery } from '@tanstack/react-query';

import { api, unwrap } from '../../../lib/api-client';
import type { ProcessDiagram } from '../../../lib/api-types';
import { queryKeys } from '../../../lib/query-keys';

export async function getDiagram(id: number): Promise<ProcessDiagram> {
  return await unwrap(api.GET('/api/ideas/{id}/diagram', { params: { path: { id } } }));
}

export function diagramQueryOptions(id: number) {
  return queryOptions({
    queryKey: queryKeys.ideaPart(id, 'diagram'),
    queryFn: () => getDiagram(id),
  });
}

export function useDiagram(id: number) {
  return useQuery(diagramQueryOptions(id));
}
