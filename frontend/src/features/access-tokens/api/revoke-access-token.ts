import { useMutation, useQueryClient } from '@tanstack/react-query';

import { api, unwrap } from '../../../lib/api-client';

import { accessTokensKey } from './get-access-tokens';

export async function revokeAccessToken(tokenId: number): Promise<void> {
  await unwrap(api.DELETE('/api/access-tokens/{tokenId}', { params: { path: { tokenId } } }));
}

export function useRevokeAccessToken() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: revokeAccessToken,
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: accessTokensKey });
    },
  });
}
