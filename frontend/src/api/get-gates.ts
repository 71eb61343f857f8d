import { queryOptions, useQuery } from '@tanstack/react-query';

import { api, unwrap } from '../lib/api-client';
import type { GateCatalogueEntry } from '../lib/api-types';
import { queryKeys } from '../lib/query-keys';

/**
 * The gate catalogue of the deployed model: each gate in the model's order, whether passing it is
 * a decision, and each outcome it allows with the fields that decision fills in. The web app's
 * one list of gates and outcomes.
 */
export async function getGates(): Promise<GateCatalogueEntry[]> {
  return await unwrap(api.GET('/api/gates'));
}

export const gatesQueryOptions = queryOptions({
  queryKey: queryKeys.gates,
  queryFn: getGates,
  // The model changes when a new version is deployed, not while someone reads a page.
  staleTime: 60 * 60 * 1000,
});

export function useGates() {
  return useQuery(gatesQueryOptions);
}
