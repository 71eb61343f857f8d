import { queryOptions, useQuery } from '@tanstack/react-query';

import { api, unwrap } from '../../../lib/api-client';
import type { ProcessVersion } from '../../../lib/api-types';

export const processVersionsKey = ['admin', 'process-versions'] as const;

/** The deployed versions of the pipeline's model, the latest first. */
export async function getProcessVersions(): Promise<ProcessVersion[]> {
  return await unwrap(api.GET('/api/admin/process-versions'));
}

export const processVersionsQueryOptions = queryOptions({
  queryKey: processVersionsKey,
  queryFn: getProcessVersions,
});

export function useProcessVersions() {
  return useQuery(processVersionsQueryOptions);
}
