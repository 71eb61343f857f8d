import { queryOptions, useQuery } from '@tanstack/react-query';

import { api, unwrap } from '../../../lib/api-client';

import { adminKeys, type AdminPerson } from './types';

/** The people the admin administers: their organisation's, or everyone's for a region's admin. */
export async function getPeople(): Promise<AdminPerson[]> {
  return await unwrap(api.GET('/api/admin/people'));
}

export const peopleQueryOptions = queryOptions({
  queryKey: adminKeys.people,
  queryFn: getPeople,
});

export function usePeople() {
  return useQuery(peopleQueryOptions);
}
