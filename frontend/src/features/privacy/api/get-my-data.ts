import type { components } from '@api/schema';
import { queryOptions, useQuery } from '@tanstack/react-query';

import { api, unwrap } from '../../../lib/api-client';

/** Everything CivicLab holds about the signed-in person. */
export type MyData = components['schemas']['Download'];

export async function getMyData(): Promise<MyData> {
  return unwrap(api.GET('/api/me/data'));
}

export const myDataQueryOptions = queryOptions({
  queryKey: ['privacy', 'my-data'],
  queryFn: getMyData,
});

export function useMyData() {
  return useQuery(myDataQueryOptions);
}
