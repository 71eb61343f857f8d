import { queryOptions, useQuery } from '@tanstack/react-query';

import { api, unwrap } from '../../../lib/api-client';

import { challengeKeys } from './get-challenges';
import type { PublicChallenge } from './types';

/** The public challenges, for everyone, without signing in. */
export function getPublicChallenges(): Promise<PublicChallenge[]> {
  return unwrap(api.GET('/api/open/challenges'));
}

export function usePublicChallenges() {
  return useQuery(queryOptions({ queryKey: challengeKeys.public, queryFn: getPublicChallenges }));
}

/** One public challenge with its approved suggestions. */
export async function getPublicChallenge(id: number): Promise<PublicChallenge> {
  const page = await unwrap(
    api.GET('/api/open/challenges/{challengeId}', { params: { path: { challengeId: id } } }),
  );
  return { ...page.challenge, suggestions: page.suggestions };
}

export function usePublicChallenge(id: number) {
  return useQuery(
    queryOptions({ queryKey: challengeKeys.publicOne(id), queryFn: () => getPublicChallenge(id) }),
  );
}
