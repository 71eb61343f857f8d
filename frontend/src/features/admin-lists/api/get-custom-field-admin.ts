import { queryOptions, useQuery } from '@tanstack/react-query';

import { api, unwrap } from '../../../lib/api-client';
import type { CustomFieldAdmin } from '../../../lib/api-types';

import { adminListKeys } from './list-kinds';

/** Every custom field of an organisation, retired ones included, in order. */
export async function getCustomFieldAdmin(organisation: number): Promise<CustomFieldAdmin[]> {
  return await unwrap(
    api.GET('/api/admin/organisations/{id}/fields', { params: { path: { id: organisation } } }),
  );
}

export function customFieldAdminQueryOptions(organisation: number) {
  return queryOptions({
    queryKey: adminListKeys.fields(organisation),
    queryFn: () => getCustomFieldAdmin(organisation),
  });
}

export function useCustomFieldAdmin(organisation: number) {
  return useQuery(customFieldAdminQueryOptions(organisation));
}
