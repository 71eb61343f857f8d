import type { paths } from '@api/schema';
import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';

import { useAnnounce } from '../../../components/ui/announcer';
import { api, unwrap } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

type FollowingView =
  paths['/api/ideas/{id}/following']['get']['responses'][200]['content']['application/json'];

const followingKey = (id: number) => [...queryKeys.idea(id), 'following'] as const;

/** Whether the reader follows the idea: is told of what happens to it. */
export async function getFollowing(id: number): Promise<FollowingView> {
  return await unwrap(api.GET('/api/ideas/{id}/following', { params: { path: { id } } }));
}

export function followingQueryOptions(id: number) {
  return queryOptions({ queryKey: followingKey(id), queryFn: () => getFollowing(id) });
}

export function useFollowing(id: number) {
  return useQuery(followingQueryOptions(id));
}

/** Follows (true) or unfollows (false) the idea. */
export async function setFollowing(id: number, follow: boolean): Promise<FollowingView> {
  const options = { params: { path: { id } } };
  return follow
    ? await unwrap(api.PUT('/api/ideas/{id}/following', options))
    : await unwrap(api.DELETE('/api/ideas/{id}/following', options));
}

export function useSetFollowing(id: number) {
  const queryClient = useQueryClient();
  const announce = useAnnounce();
  const { t } = useTranslation();
  return useMutation({
    mutationFn: (follow: boolean) => setFollowing(id, follow),
    onSuccess: (view, follow) => {
      announce(t(follow ? 'announce.followed' : 'announce.unfollowed'));
      queryClient.setQueryData(followingKey(id), view);
    },
  });
}
