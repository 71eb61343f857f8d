import type { components } from '@api/schema';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';

import type { PortfolioExperiment } from '../../../components/portfolio/portfolio-types';
import { api, unwrap } from '../../../lib/api-client';
type Schemas = components['schemas'];

export type PublicDecision = Schemas['DecisionRecord'];

/** A public idea as the open data publishes it. */
export type PublicIdea = Omit<Schemas['OpenIdea'], 'experiments' | 'decisions'> & {
  experiments: PortfolioExperiment[];
  decisions: PublicDecision[];
};

export interface PublicIdeasPage {
  page: number;
  size: number;
  total: number;
  ideas: PublicIdea[];
  licence: { id: string; name: string; url: string };
}

export const PUBLIC_PAGE_SIZE = 20;

/** One page of the public portfolio, from the open data (no sign-in). */
export async function getPublicIdeas(page: number): Promise<PublicIdeasPage> {
  return (await unwrap(
    api.GET('/api/open/ideas', { params: { query: { page, size: PUBLIC_PAGE_SIZE } } }),
  )) as PublicIdeasPage;
}

export const publicIdeasQueryOptions = (page: number) =>
  queryOptions({
    queryKey: ['public-ideas', page],
    queryFn: () => getPublicIdeas(page),
    placeholderData: keepPreviousData,
  });

export function usePublicIdeas(page: number) {
  return useQuery(publicIdeasQueryOptions(page));
}
