import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';

import { useAnnounce } from '../../../components/ui/announcer';
import { api, unwrap } from '../../../lib/api-client';

import { challengeKeys } from './get-challenges';
import type { Challenge } from './types';

/** Closes a challenge under review with a summary of what came of it. */
export function closeChallenge(id: number, summary: string, version: number): Promise<Challenge> {
  return unwrap(
    api.POST('/api/challenges/{challengeId}/closing', {
      params: { path: { challengeId: id } },
      body: { summary, version },
    }),
  );
}

export function useCloseChallenge(id: number) {
  const queryClient = useQueryClient();
  const announce = useAnnounce();
  const { t } = useTranslation();
  return useMutation({
    mutationFn: ({ summary, version }: { summary: string; version: number }) =>
      closeChallenge(id, summary, version),
    onSuccess: () => {
      announce(t('challenges.closed'));
      void queryClient.invalidateQueries({ queryKey: challengeKeys.all });
    },
  });
}
