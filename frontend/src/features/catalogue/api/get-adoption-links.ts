import type { components } from '@api/schema';
import { queryOptions, useQuery } from '@tanstack/react-query';

import { api, unwrap } from '../../../lib/api-client';

export type AdoptionLinks = components['schemas']['AdoptionLinks'];

/** Where an idea was adopted from, and who adopted it. */
export async function getAdoptionLinks(id: number): Promise<AdoptionLinks> {
  return unwrap(api.GET('/api/ideas/{id}/adoptions', { params: { path: { id } } }));
}

export const adoptionLinksQueryOptions = (id: number) =>
  queryOptions({
    queryKey: ['ideas', id, 'adoptions'],
    queryFn: () => getAdoptionLinks(id),
  });

export function useAdoptionLinks(id: number) {
  return useQuery(adoptionLinksQueryOptions(id));
}
