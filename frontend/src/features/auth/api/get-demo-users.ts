import { queryOptions, useQuery } from '@tanstack/react-query';

import { api, unwrap } from '../../../lib/api-client';
import { isApiError } from '../../../lib/api-error';
import type { DemoUser } from '../../../lib/api-types';

/** The demo users, or an empty list where the server runs without demo data. */
export async function getDemoUsers(): Promise<DemoUser[]> {
  try {
    return await unwrap(api.GET('/api/session/demo-users'));
  } catch (error) {
    if (isApiError(error, 404)) {
      return [];
    }
    throw error;
  }
}

export const demoUsersQueryOptions = queryOptions({
  queryKey: ['demo-users'],
  queryFn: getDemoUsers,
  staleTime: Infinity,
});

export function useDemoUsers() {
  return useQuery(demoUsersQueryOptions);
}
