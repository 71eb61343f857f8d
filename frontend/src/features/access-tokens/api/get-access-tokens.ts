import type { components } from '@api/schema';
import { queryOptions, useQuery } from '@tanstack/react-query';

import { api, unwrap } from '../../../lib/api-client';

type Schemas = components['schemas'];

/** One of the person's access tokens, as listed: never its secret. */
export type AccessToken = Schemas['AccessTokenView'];

export const accessTokensKey = ['access-tokens'] as const;

/** The signed-in person's tokens that are not revoked, newest first. */
export async function getAccessTokens(): Promise<AccessToken[]> {
  return await unwrap(api.GET('/api/access-tokens'));
}

export const accessTokensQueryOptions = queryOptions({
  queryKey: accessTokensKey,
  queryFn: getAccessTokens,
});

export function useAccessTokens() {
  return useQuery(accessTokensQueryOptions);
}
