import { queryOptions, useQuery } from '@tanstack/react-query';

import { api, unwrap } from '../../../lib/api-client';
import type { SignInProvider } from '../../../lib/api-types';

/** The identity providers one may sign in with; none where single sign-on is off. */
export const signInProvidersQueryOptions = queryOptions({
  queryKey: ['sign-in-providers'],
  queryFn: async () => (await unwrap(api.GET('/api/session/providers'))) as SignInProvider[],
  staleTime: Infinity,
});

export function useSignInProviders() {
  return useQuery(signInProvidersQueryOptions);
}
