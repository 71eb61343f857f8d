import { queryOptions, useQuery } from '@tanstack/react-query';

import { api, unwrap } from '../../../lib/api-client';

import { challengeKeys } from './get-challenges';
import type { Challenge } from './types';

/** One challenge with its responses (the ideas that answer it). */
export function getChallenge(id: number): Promise<Challenge> {
  return unwrap(
    api.GET('/api/challenges/{challengeId}', { params: { path: { challengeId: id } } }),
  );
}

export const challengeQueryOptions = (id: number) =>
  queryOptions({ queryKey: challengeKeys.one(id), queryFn: () => getChallenge(id) });

export function useChallenge(id: number, enabled = true) {
  return useQuery({ ...challengeQueryOptions(id), enabled });
}
