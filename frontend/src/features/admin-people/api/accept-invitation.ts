import { useMutation } from '@tanstack/react-query';

import { api, unwrap } from '../../../lib/api-client';

/** Sets the invited person's password; the link is used up. */
export async function acceptInvitation(token: string, password: string): Promise<void> {
  await unwrap(
    api.POST('/api/invitations/{token}', { params: { path: { token } }, body: { password } }),
  );
}

export function useAcceptInvitation(token: string) {
  return useMutation({
    mutationFn: (password: string) => acceptInvitation(token, password),
  });
}
