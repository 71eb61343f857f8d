import type { components } from '@api/schema';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';

import { useAnnounce } from '../../../components/ui/announcer';
import { api, unwrap } from '../../../lib/api-client';

import { accessTokensKey, type AccessToken } from './get-access-tokens';

type Schemas = components['schemas'];

export type AccessTokenRequest = Schemas['AccessTokenRequest'];
export type AccessTokenScope = NonNullable<AccessTokenRequest['scope']>;

/** A token just made: its secret, shown this once. */
export type CreatedAccessToken = Omit<Required<Schemas['CreatedAccessToken']>, 'accessToken'> & {
  accessToken: AccessToken;
};

export async function createAccessToken(body: AccessTokenRequest): Promise<CreatedAccessToken> {
  return await unwrap(api.POST('/api/access-tokens', { body }));
}

export function useCreateAccessToken() {
  const queryClient = useQueryClient();
  const announce = useAnnounce();
  const { t } = useTranslation();
  return useMutation({
    mutationFn: createAccessToken,
    onSuccess: (created) => {
      announce(t('announce.tokenCreated', { name: created.accessToken.name }));
      void queryClient.invalidateQueries({ queryKey: accessTokensKey });
    },
  });
}
