import { queryOptions, useQuery } from '@tanstack/react-query';

import { api, unwrap } from '../../../lib/api-client';

import type { PublicIdea } from './get-public-ideas';

/** One public idea by its reference, from the open data (no sign-in). */
export async function getPublicIdea(reference: string): Promise<PublicIdea> {
  return (await unwrap(
    api.GET('/api/open/ideas/{reference}', { params: { path: { reference } } }),
  )) as PublicIdea;
}

export const publicIdeaQueryOptions = (reference: string) =>
  queryOptions({
    queryKey: ['public-ideas', 'one', reference],
    queryFn: () => getPublicIdea(reference),
  });

export function usePublicIdea(reference: string) {
  return useQuery(publicIdeaQueryOptions(reference));
}
