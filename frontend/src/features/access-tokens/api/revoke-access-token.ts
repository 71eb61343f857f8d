import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';

import { useAnnounce } from '../../../components/ui/announcer';
import { api, unwrap } from '../../../lib/api-client';

import { accessTokensKey } from './get-access-tokens';

export async function revokeAccessToken(tokenId: number): Promise<void> {
  await unwrap(api.DELETE('/api/access-tokens/{tokenId}', { params: { path: { tokenId } } }));
}

export function useRevokeAccessToken() {
  const queryClient = useQueryClient();
  const announce = useAnnounce();
  const { t } = useTranslation();
  return useMutation({
    mutationFn: revokeAccessToken,
    onSuccess: () => {
      announce(t('announce.tokenRevoked'));
      void queryClient.invalidateQueries({ queryKey: accessTokensKey });
    },
  });
}
