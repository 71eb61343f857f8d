import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';

import { useAnnounce } from '../../../components/ui/announcer';
import { api, unwrap } from '../../../lib/api-client';

import { challengeKeys } from './get-challenges';
import type { Suggestion } from './types';

/** A challenge's suggestions from citizens, for its moderators: pending, approved, rejected. */
export function getSuggestions(challengeId: number): Promise<Suggestion[]> {
  return unwrap(
    api.GET('/api/challenges/{challengeId}/suggestions', { params: { path: { challengeId } } }),
  );
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
  const params = { path: { suggestionId: moderation.id } };
  switch (moderation.action) {
    case 'approve':
      return unwrap(api.POST('/api/suggestions/{suggestionId}/approval', { params, body: {} }));
    case 'reject':
      return unwrap(
        api.POST('/api/suggestions/{suggestionId}/rejection', {
          params,
          body: { reason: moderation.reason },
        }),
      );
    case 'idea':
      return unwrap(api.POST('/api/suggestions/{suggestionId}/idea', { params }));
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
