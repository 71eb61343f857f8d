import type { components } from '@api/schema';
import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';

import { useAnnounce } from '../../../components/ui/announcer';
import { api, unwrap } from '../../../lib/api-client';
import type { FullIdeaView } from '../../../lib/api-types';
import { queryKeys } from '../../../lib/query-keys';

export type Panel = components['schemas']['PanelView'];
export type Review = components['schemas']['ReviewView'];
export type SubmitReview = components['schemas']['SubmitReview'];

const reviewsKey = (id: number) => [...queryKeys.idea(id), 'reviews'] as const;

/**
 * The idea's panels the reader may see (docs/adr/0039); for anyone but its lab leads and reviewers
 * they do not exist (404).
 */
export function useReviews(id: number) {
  return useQuery(
    queryOptions({
      queryKey: reviewsKey(id),
      queryFn: () => unwrap(api.GET('/api/ideas/{id}/reviews', { params: { path: { id } } })),
    }),
  );
}

export function useAssignPanel(idea: FullIdeaView) {
  const queryClient = useQueryClient();
  const announce = useAnnounce();
  const { t } = useTranslation();
  return useMutation({
    mutationFn: ({ reviewers, dueDays }: { reviewers: string[]; dueDays: number }) =>
      unwrap(
        api.PUT('/api/ideas/{id}/panel', {
          params: { path: { id: idea.id } },
          body: { reviewers, dueDays, version: idea.version },
        }),
      ),
    onSuccess: () => {
      announce(t('panel.assigned'));
      void queryClient.invalidateQueries({ queryKey: queryKeys.idea(idea.id) });
    },
  });
}

export function useSubmitReview(id: number) {
  const queryClient = useQueryClient();
  const announce = useAnnounce();
  const { t } = useTranslation();
  return useMutation({
    mutationFn: (body: SubmitReview) =>
      unwrap(api.PUT('/api/ideas/{id}/reviews/mine', { params: { path: { id } }, body })),
    onSuccess: () => {
      announce(t('panel.submitted'));
      void queryClient.invalidateQueries({ queryKey: queryKeys.idea(id) });
      void queryClient.invalidateQueries({ queryKey: queryKeys.myTasks });
    },
  });
}
