import type { components } from '@api/schema';
import { queryOptions, useQuery } from '@tanstack/react-query';

import { api, unwrap } from '../../../lib/api-client';

export type PilotEvidence = components['schemas']['PilotEvidence'];

/** A catalogue entry with its evidence; a pilot not in the reader's catalogue answers 404. */
export async function getCatalogueEntry(reference: string): Promise<PilotEvidence> {
  return unwrap(api.GET('/api/catalogue/{reference}', { params: { path: { reference } } }));
}

export const catalogueEntryQueryOptions = (reference: string) =>
  queryOptions({
    queryKey: ['catalogue', 'entry', reference],
    queryFn: () => getCatalogueEntry(reference),
  });

export function useCatalogueEntry(reference: string) {
  return useQuery(catalogueEntryQueryOptions(reference));
}
