import { queryOptions, useQuery } from '@tanstack/react-query';

import { api, unwrap } from '../../../lib/api-client';
import type { MyTask } from '../../../lib/api-types';
import { queryKeys } from '../../../lib/query-keys';

/** The tasks that wait for the user, oldest first. */
export async function getMyTasks(): Promise<MyTask[]> {
  return await unwrap(api.GET('/api/tasks/mine'));
}

export const myTasksQueryOptions = queryOptions({
  queryKey: queryKeys.myTasks,
  queryFn: getMyTasks,
});

export function useMyTasks() {
  return useQuery(myTasksQueryOptions);
}
