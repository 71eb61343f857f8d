import { queryOptions, useQuery } from '@tanstack/react-query';

import { api, unwrap } from '../lib/api-client';
import type { CustomFieldSpec } from '../lib/api-types';
import { queryKeys } from '../lib/query-keys';

/**
 * The custom fields of the reader's organisation's submission form, read fresh on every
 * form: a field an admin adds shows at once.
 */
export async function getCustomFields(): Promise<CustomFieldSpec[]> {
  return await unwrap(api.GET('/api/custom-fields'));
}

export const customFieldsQueryOptions = queryOptions({
  queryKey: queryKeys.customFields,
  queryFn: getCustomFields,
});

export function useCustomFields() {
  return useQuery(customFieldsQueryOptions);
}
