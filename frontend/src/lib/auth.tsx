import { Spinner } from '@digdir/designsystemet-react';
import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Navigate, Outlet, useLocation } from 'react-router';

import { api, unwrap } from './api-client';
import { isApiError } from './api-error';
import type { CurrentUser, SignedOut } from './api-types';
import { SESSION_QUERY_KEY } from './query-client';

/**
 * The readable cookie the server sets on signing in and clears on signing out (and keeps in step
 * with the session on every page load): a hint, not a credential (docs/adr/0034).
 */
const SIGNED_IN_HINT = 'civiclab-signed-in';

/** Whether someone may be signed in with this browser; without the hint, nobody is. */
export function maybeSignedIn(): boolean {
  return document.cookie.split('; ').some((part) => part.startsWith(`${SIGNED_IN_HINT}=`));
}

/**
 * Who is signed in, or null when nobody is. Asks the server only when the hint cookie is there, so
 * that an anonymous page (the public portfolio, the sign-in page) makes no request that fails.
 */
export async function getSession(): Promise<CurrentUser | null> {
  if (!maybeSignedIn()) {
    return null;
  }
  try {
    return await unwrap(api.GET('/api/session'));
  } catch (error) {
    if (isApiError(error, 401)) {
      return null;
    }
    throw error;
  }
}

export const sessionQueryOptions = queryOptions({
  queryKey: SESSION_QUERY_KEY,
  queryFn: getSession,
  staleTime: Infinity,
});

export function useUser() {
  return useQuery(sessionQueryOptions);
}

export interface Credentials {
  username: string;
  password: string;
}

export function useSignIn() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (credentials: Credentials): Promise<CurrentUser> =>
      unwrap(api.POST('/api/session', { body: credentials })),
    onSuccess: (user) => {
      queryClient.removeQueries({
        predicate: (query) => query.queryKey[0] !== SESSION_QUERY_KEY[0],
      });
      queryClient.setQueryData(SESSION_QUERY_KEY, user);
    },
  });
}

/**
 * Ends the session. For someone who signed in through an identity provider, the answer names
 * the provider's sign-out, to end that session too.
 */
export function useSignOut() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async () => (await unwrap(api.DELETE('/api/session'))) as SignedOut | undefined,
    onSettled: () => {
      queryClient.clear();
      queryClient.setQueryData(SESSION_QUERY_KEY, null);
    },
  });
}

export const SIGN_IN_PATH = '/sign-in';

/** Shows its child routes to a signed-in user; sends everyone else to sign in and back. */
export function RequireAuth() {
  const { t } = useTranslation();
  const location = useLocation();
  const session = useUser();
  if (session.isPending) {
    return <Spinner aria-label={t('common.loading')} />;
  }
  if (!session.data) {
    const back = `${location.pathname}${location.search}`;
    return <Navigate to={`${SIGN_IN_PATH}?redirect=${encodeURIComponent(back)}`} replace />;
  }
  return <Outlet />;
}
