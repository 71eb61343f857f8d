import { queryOptions, useQuery } from '@tanstack/react-query';

import { api, unwrap } from '../lib/api-client';
import type { PickLists } from '../lib/api-types';
import { queryKeys } from '../lib/query-keys';

/** The reader's organisation's departments, themes and receiving units, for pick-lists. */
export async function getPickLists(): Promise<PickLists> {
  return unwrap(api.GET('/api/lists'));
}

export const pickListsQueryOptions = queryOptions({
  queryKey: queryKeys.pickLists,
  queryFn: getPickLists,
  staleTime: 60 * 1000,
});

export function usePickLists() {
  return useQuery(pickListsQueryOptions);
}
