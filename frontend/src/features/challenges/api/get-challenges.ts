import { queryOptions, useQuery } from '@tanstack/react-query';

import { api, unwrap } from '../../../lib/api-client';

import type { ChallengeSummary } from './types';

export const challengeKeys = {
  all: ['challenges'] as const,
  one: (id: number) => ['challenges', id] as const,
  suggestions: (id: number) => ['challenges', id, 'suggestions'] as const,
  public: ['public-challenges'] as const,
  publicOne: (id: number) => ['public-challenges', id] as const,
};

/** The challenges the signed-in person may see: their organisation's, the region's. */
export function getChallenges(): Promise<ChallengeSummary[]> {
  return unwrap(api.GET('/api/challenges'));
}

export const challengesQueryOptions = queryOptions({
  queryKey: challengeKeys.all,
  queryFn: getChallenges,
});

export function useChallenges() {
  return useQuery(challengesQueryOptions);
}
