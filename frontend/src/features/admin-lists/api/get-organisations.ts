import type { components } from '@api/schema';
import { queryOptions, useQuery } from '@tanstack/react-query';

import { api, unwrap } from '../../../lib/api-client';

/** An organisation the admin administers, by id and name (its settings are the people pages'). */
export type AdministeredOrganisation = Pick<
  components['schemas']['AdminOrganisation'],
  'id' | 'name'
>;

/** The organisations the admin administers: one for an organisation's admin, all for a region's. */
export async function getOrganisations(): Promise<AdministeredOrganisation[]> {
  return unwrap(api.GET('/api/admin/organisations'));
}

export const organisationsQueryOptions = queryOptions({
  queryKey: ['admin', 'organisations'] as const,
  queryFn: getOrganisations,
});

export function useOrganisations() {
  return useQuery(organisationsQueryOptions);
}
