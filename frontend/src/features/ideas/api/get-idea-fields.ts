import { queryOptions, useQuery } from '@tanstack/react-query';

import { api, unwrap } from '../../../lib/api-client';
import type { StoredFieldValue } from '../../../lib/api-types';
import { queryKeys } from '../../../lib/query-keys';

/** An idea's values of its organisation's custom fields: the full view's only. */
export async function getIdeaFields(id: number): Promise<StoredFieldValue[]> {
  return unwrap(api.GET('/api/ideas/{id}/fields', { params: { path: { id } } }));
}

export function ideaFieldsQueryOptions(id: number) {
  return queryOptions({
    queryKey: queryKeys.ideaPart(id, 'fields'),
    queryFn: () => getIdeaFields(id),
  });
}

export function useIdeaFields(id: number, enabled = true) {
  return useQuery({ ...ideaFieldsQueryOptions(id), enabled });
}
