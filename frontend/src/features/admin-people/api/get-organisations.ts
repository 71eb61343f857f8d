import { queryOptions, useQuery } from '@tanstack/react-query';

import { api, unwrap } from '../../../lib/api-client';

import { adminKeys, type AdminOrganisation } from './types';

/** The organisations the admin administers, with their settings. */
export async function getOrganisations(): Promise<AdminOrganisation[]> {
  return await unwrap(api.GET('/api/admin/organisations'));
}

export const organisationsQueryOptions = queryOptions({
  queryKey: adminKeys.organisations,
  queryFn: getOrganisations,
});

export function useOrganisations() {
  return useQuery(organisationsQueryOptions);
}
