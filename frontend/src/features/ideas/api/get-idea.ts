import { queryOptions, useQuery } from '@tanstack/react-query';

import { api, unwrap } from '../../../lib/api-client';
import type { IdeaView } from '../../../lib/api-types';
import { queryKeys } from '../../../lib/query-keys';

export async function getIdea(id: number): Promise<IdeaView> {
  return (await unwrap(api.GET('/api/ideas/{id}', { params: { path: { id } } }))) as IdeaView;
}

export function ideaQueryOptions(id: number) {
  return queryOptions({ queryKey: queryKeys.idea(id), queryFn: () => getIdea(id) });
}

export function useIdea(id: number) {
  return useQuery(ideaQueryOptions(id));
}
