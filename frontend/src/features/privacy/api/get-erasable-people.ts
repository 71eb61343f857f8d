import type { components } from '@api/schema';
import { queryOptions, useQuery } from '@tanstack/react-query';

import { api, unwrap } from '../../../lib/api-client';

/** A person the admin may erase. */
export type ErasablePerson = components['schemas']['Erasable'];

export async function getErasablePeople(): Promise<ErasablePerson[]> {
  return unwrap(api.GET('/api/admin/erasure/people'));
}

export const erasablePeopleQueryOptions = queryOptions({
  queryKey: ['privacy', 'erasable-people'],
  queryFn: getErasablePeople,
});

export function useErasablePeople() {
  return useQuery(erasablePeopleQueryOptions);
}
