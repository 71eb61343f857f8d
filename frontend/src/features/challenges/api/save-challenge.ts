import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';

import { useAnnounce } from '../../../components/ui/announcer';
import { api, unwrap } from '../../../lib/api-client';

import { challengeKeys } from './get-challenges';
import type { Challenge, ChallengeFields } from './types';

/** Opens a challenge (a lab lead or an executive). */
export function createChallenge(fields: ChallengeFields): Promise<Challenge> {
  return unwrap(api.POST('/api/challenges', { body: fields }));
}

export function useCreateChallenge() {
  const queryClient = useQueryClient();
  const announce = useAnnounce();
  const { t } = useTranslation();
  return useMutation({
    mutationFn: createChallenge,
    onSuccess: (challenge) => {
      announce(t('challenges.opened'));
      queryClient.setQueryData(challengeKeys.one(challenge.id), challenge);
      void queryClient.invalidateQueries({ queryKey: challengeKeys.all, exact: true });
    },
  });
}
