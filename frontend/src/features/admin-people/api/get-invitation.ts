import { queryOptions, useQuery } from '@tanstack/react-query';

import { api, unwrap } from '../../../lib/api-client';

import { adminKeys, type Invited } from './types';

/** Whom an invitation link is for; a 404 if it is unknown, used or expired. */
export async function getInvitation(token: string): Promise<Invited> {
  return await unwrap(api.GET('/api/invitations/{token}', { params: { path: { token } } }));
}

export const invitationQueryOptions = (token: string) =>
  queryOptions({
    queryKey: adminKeys.invitation(token),
    queryFn: () => getInvitation(token),
    retry: false,
  });

export function useInvitation(token: string) {
  return useQuery(invitationQueryOptions(token));
}
