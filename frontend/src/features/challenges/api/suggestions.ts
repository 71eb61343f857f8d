import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';

import { useAnnounce } from '../../../components/ui/announcer';
import { send } from '../../../lib/api-client';

import { challengeKeys } from './get-challenges';
import type { Suggestion } from './types';

/** A challenge's suggestions from citizens, for its moderators: pending, approved, rejected. */
export function getSuggestions(challengeId: number): Promise<Suggestion[]> {
  return send<Suggestion[]>('GET', `/api/challenges/${String(challengeId)}/suggestions`);
}

export const suggestionsQueryOptions = (challengeId: number) =>
  queryOptions({
    queryKey: challengeKeys.suggestions(challengeId),
    queryFn: () => getSuggestions(challengeId),
  });

export function useSuggestions(challengeId: number, enabled: boolean) {
  return useQuery({ ...suggestionsQueryOptions(challengeId), enabled });
}

export type Moderation =
  | { action: 'approve'; id: number }
  | { action: 'reject'; id: number; reason: string }
  | { action: 'idea'; id: number };

function moderate(moderation: Moderation): Promise<unknown> {
  const base = `/api/suggestions/${String(moderation.id)}`;
  switch (moderation.action) {
    case 'approve':
      return send('POST', `${base}/approval`, {});
    case 'reject':
      return send('POST', `${base}/rejection`, { reason: moderation.reason });
    case 'idea':
      return send<{ ideaId: number }>('POST', `${base}/idea`, {});
  }
}

/** Approves, rejects (with the reason the citizen reads) or turns a suggestion into an idea. */
export function useModerate(challengeId: number) {
  const queryClient = useQueryClient();
  const announce = useAnnounce();
  const { t } = useTranslation();
  return useMutation({
    mutationFn: moderate,
    onSuccess: (_result, moderation) => {
      announce(t(`challenges.moderated.${moderation.action}`));
      void queryClient.invalidateQueries({ queryKey: challengeKeys.one(challengeId) });
    },
  });
}
