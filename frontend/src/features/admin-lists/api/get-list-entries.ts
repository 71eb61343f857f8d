import { queryOptions, useQuery } from '@tanstack/react-query';

import { api, unwrap } from '../../../lib/api-client';
import type { ListEntry } from '../../../lib/api-types';

import { adminListKeys, type ListKind } from './list-kinds';

/** Every entry of an organisation's list, retired ones included, in order. */
export async function getListEntries(organisation: number, kind: ListKind): Promise<ListEntry[]> {
  return await unwrap(
    api.GET('/api/admin/organisations/{id}/lists/{kind}', {
      params: { path: { id: organisation, kind } },
    }),
  );
}

export function listEntriesQueryOptions(organisation: number, kind: ListKind) {
  return queryOptions({
    queryKey: adminListKeys.entries(organisation, kind),
    queryFn: () => getListEntries(organisation, kind),
  });
}

export function useListEntries(organisation: number, kind: ListKind) {
  return useQuery(listEntriesQueryOptions(organisation, kind));
}
