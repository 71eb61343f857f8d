import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';

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
  return useMutation({
    mutationFn: (body: string) =>
      unwrap(api.POST('/api/ideas/{id}/comments', { params: { path: { id } }, body: { body } })),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: queryKeys.idea(id) });
    },
  });
}
