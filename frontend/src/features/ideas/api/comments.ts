import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';

import { useAnnounce } from '../../../components/ui/announcer';
import { api, unwrap } from '../../../lib/api-client';
import type { Comment } from '../../../lib/api-types';
import { queryKeys } from '../../../lib/query-keys';

/**
 * Which discussion: the organisation's own, or the cross-organisation thread of an idea shared
 * beyond it.
 */
export type Thread = 'organisation' | 'region';

export async function getComments(id: number, thread: Thread = 'organisation'): Promise<Comment[]> {
  const options = { params: { path: { id } } };
  return thread === 'region'
    ? await unwrap(api.GET('/api/ideas/{id}/region-comments', options))
    : await unwrap(api.GET('/api/ideas/{id}/comments', options));
}

export function commentsQueryOptions(id: number, thread: Thread = 'organisation') {
  return queryOptions({
    queryKey: queryKeys.ideaPart(id, thread === 'region' ? 'region-comments' : 'comments'),
    queryFn: () => getComments(id, thread),
  });
}

export function useComments(id: number, thread: Thread = 'organisation') {
  return useQuery(commentsQueryOptions(id, thread));
}

export function useAddComment(id: number, thread: Thread = 'organisation') {
  const queryClient = useQueryClient();
  const announce = useAnnounce();
  const { t } = useTranslation();
  return useMutation({
    mutationFn: (body: string) => {
      const options = { params: { path: { id } }, body: { body } };
      return thread === 'region'
        ? unwrap(api.POST('/api/ideas/{id}/region-comments', options))
        : unwrap(api.POST('/api/ideas/{id}/comments', options));
    },
    onSuccess: () => {
      announce(t('announce.commented'));
      void queryClient.invalidateQueries({ queryKey: queryKeys.idea(id) });
    },
  });
}
