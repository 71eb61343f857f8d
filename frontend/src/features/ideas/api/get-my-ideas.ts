import { queryOptions, useQuery } from '@tanstack/react-query';

import { api, unwrap } from '../../../lib/api-client';
import type { IdeaSummary } from '../../../lib/api-types';
import { queryKeys } from '../../../lib/query-keys';

/** The ideas the user wrote or co-authors, drafts included, the one changed last first. */
export async function getMyIdeas(): Promise<IdeaSummary[]> {
  return await unwrap(api.GET('/api/ideas/mine'));
}

export const myIdeasQueryOptions = queryOptions({
  queryKey: queryKeys.myIdeas,
  queryFn: getMyIdeas,
});

export function useMyIdeas() {
  return useQuery(myIdeasQueryOptions);
}
