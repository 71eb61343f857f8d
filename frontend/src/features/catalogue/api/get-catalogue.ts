import type { components } from '@api/schema';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';

import { api, unwrap } from '../../../lib/api-client';

type Schemas = components['schemas'];

export type CataloguePage = Schemas['CataloguePage'];
export type CatalogueEntry = Schemas['CatalogueEntry'];
export type PilotOutcome = CatalogueEntry['outcome'];

export const pilotOutcomes: PilotOutcome[] = ['SCALED', 'STOPPED', 'RUNNING'];

/** The catalogue's search as the address keeps it: a text per filter, none when unused. */
export interface CatalogueSearch {
  q?: string | undefined;
  theme?: string | undefined;
  outcome?: string | undefined;
  organisation?: string | undefined;
  minCost?: string | undefined;
  maxCost?: string | undefined;
  benefitRealised?: string | undefined;
}

export const CATALOGUE_PAGE_SIZE = 20;

const number = (text: string | undefined) =>
  text !== undefined && text !== '' && Number.isFinite(Number(text)) ? Number(text) : undefined;

/** The shared pilots that match a search, the most recently screened first. */
export async function getCatalogue(search: CatalogueSearch, page: number): Promise<CataloguePage> {
  const outcome = pilotOutcomes.find((known) => known === search.outcome);
  const organisation = number(search.organisation);
  const minCost = number(search.minCost);
  const maxCost = number(search.maxCost);
  const query = {
    page,
    size: CATALOGUE_PAGE_SIZE,
    ...(search.q ? { q: search.q } : {}),
    ...(search.theme ? { theme: search.theme } : {}),
    ...(outcome ? { outcome } : {}),
    ...(organisation !== undefined ? { organisation } : {}),
    ...(minCost !== undefined ? { minCost } : {}),
    ...(maxCost !== undefined ? { maxCost } : {}),
    ...(search.benefitRealised === 'true' ? { benefitRealised: true } : {}),
  };
  return unwrap(api.GET('/api/catalogue', { params: { query } }));
}

export const catalogueQueryOptions = (search: CatalogueSearch, page: number) =>
  queryOptions({
    queryKey: ['catalogue', search, page],
    queryFn: () => getCatalogue(search, page),
    placeholderData: keepPreviousData,
  });

export function useCatalogue(search: CatalogueSearch, page: number) {
  return useQuery(catalogueQueryOptions(search, page));
}
