import { queryOptions, useQuery } from '@tanstack/react-query';

import { api, unwrap } from '../lib/api-client';
import type { Colleague } from '../lib/api-types';
import { queryKeys } from '../lib/query-keys';

/** The people of the reader's organisation who can sign in, the reader left out. */
export async function getColleagues(): Promise<Colleague[]> {
  return await unwrap(api.GET('/api/colleagues'));
}

export const colleaguesQueryOptions = queryOptions({
  queryKey: queryKeys.colleagues,
  queryFn: getColleagues,
  staleTime: 5 * 60 * 1000,
});

export function useColleagues() {
  return useQuery(colleaguesQueryOptions);
}
