import type { components } from '@api/schema';
import { queryOptions, useQuery } from '@tanstack/react-query';

import { api, unwrap } from '../../../lib/api-client';

type Schemas = components['schemas'];

/** Another installation whose open data is read: when, and whether its pilots are stale. */
export type Feed = Schemas['FeedView'];
export type FeedRequest = Schemas['FeedRequest'];

export const feedKeys = {
  all: ['admin', 'federation', 'feeds'] as const,
};

/** The installation's feeds, by name. */
export async function getFeeds(): Promise<Feed[]> {
  return await unwrap(api.GET('/api/admin/federation/feeds'));
}

export const feedsQueryOptions = () =>
  queryOptions({
    queryKey: feedKeys.all,
    queryFn: getFeeds,
  });

export function useFeeds() {
  return useQuery(feedsQueryOptions());
}
