import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';

import { useAnnounce } from '../../../components/ui/announcer';
import { api, unwrap } from '../../../lib/api-client';
import type { Comment } from '../../../lib/api-types';
import { queryKeys } from '../../../lib/query-keys';

export async function getComments(id: number): Promise<Comment[]> {
  return await unwrap(api.GET('/api/ideas/{id}/comments', { params: { path: { id } } }));
}

export function commentsQueryOptions(id: number) {
  return queryOptions({
    queryKey: queryKeys.ideaPart(id, 'comments'),
    queryFn: () => getComments(id),
  });
}

export function useComments(id: number) {
  return useQuery(commentsQueryOptions(id));
}

export function useAddComment(id: number) {
  const queryClient = useQueryClient();
  const announce = useAnnounce();
  const { t } = useTranslation();
  return useMutation({
    mutationFn: (body: string) =>
      unwrap(api.POST('/api/ideas/{id}/comments', { params: { path: { id } }, body: { body } })),
    onSuccess: () => {
      announce(t('announce.commented'));
      void queryClient.invalidateQueries({ queryKey: queryKeys.idea(id) });
    },
  });
}
