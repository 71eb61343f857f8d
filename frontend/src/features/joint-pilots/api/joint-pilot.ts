import type { components } from '@api/schema';
import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';

import { useAnnounce } from '../../../components/ui/announcer';
import { api, unwrap } from '../../../lib/api-client';
import type { FullIdeaView } from '../../../lib/api-types';
import { queryKeys } from '../../../lib/query-keys';

export type Partner = components['schemas']['Partner'];
export type PartnerDecision = components['schemas']['PartnerDecisionView'];
export type PartnerDecisionRequest = components['schemas']['PartnerDecisionRequest'];

const partnersKey = (id: number) => [...queryKeys.idea(id), 'partners'] as const;
const decisionsKey = (id: number) => [...queryKeys.idea(id), 'partner-decisions'] as const;

export function usePartners(id: number) {
  return useQuery(
    queryOptions({
      queryKey: partnersKey(id),
      queryFn: () => unwrap(api.GET('/api/ideas/{id}/partners', { params: { path: { id } } })),
    }),
  );
}

export function usePartnerDecisions(id: number) {
  return useQuery(
    queryOptions({
      queryKey: decisionsKey(id),
      queryFn: () =>
        unwrap(api.GET('/api/ideas/{id}/partner-decisions', { params: { path: { id } } })),
    }),
  );
}

/** The installation's organisations: whom a joint pilot can take as partners. */
export function useOrganisations(enabled: boolean) {
  return useQuery(
    queryOptions({
      queryKey: ['organisations'],
      queryFn: () => unwrap(api.GET('/api/organisations')),
      enabled,
    }),
  );
}

export function useNamePartners(idea: FullIdeaView) {
  const queryClient = useQueryClient();
  const announce = useAnnounce();
  const { t } = useTranslation();
  return useMutation({
    mutationFn: (organisations: number[]) =>
      unwrap(
        api.PUT('/api/ideas/{id}/partners', {
          params: { path: { id: idea.id } },
          body: { organisations, version: idea.version },
        }),
      ),
    onSuccess: () => {
      announce(t('jointPilot.named'));
      void queryClient.invalidateQueries({ queryKey: queryKeys.idea(idea.id) });
    },
  });
}

export function useDecideForPartner(id: number) {
  const queryClient = useQueryClient();
  const announce = useAnnounce();
  const { t } = useTranslation();
  return useMutation({
    mutationFn: (body: PartnerDecisionRequest) =>
      unwrap(api.POST('/api/ideas/{id}/partner-decisions', { params: { path: { id } }, body })),
    onSuccess: () => {
      announce(t('jointPilot.decided'));
      void queryClient.invalidateQueries({ queryKey: queryKeys.idea(id) });
    },
  });
}
