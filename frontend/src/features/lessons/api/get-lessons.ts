import type { components } from '@api/schema';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';

import type { PortfolioExperiment } from '../../../components/portfolio/portfolio-types';
import { api, unwrap } from '../../../lib/api-client';
type Schemas = components['schemas'];

/** A stopped idea with what it taught. */
export type LessonEntry = Omit<Schemas['LessonEntry'], 'experiments'> & {
  experiments: PortfolioExperiment[];
};

export interface LessonsPage {
  total: number;
  page: number;
  size: number;
  lessons: LessonEntry[];
}

export interface LessonsSearch {
  q?: string | undefined;
  theme?: string | undefined;
  page: number;
}

export const LESSONS_PAGE_SIZE = 10;

/** The stopped ideas that match a search, newest stop first. */
export async function getLessons({ q, theme, page }: LessonsSearch): Promise<LessonsPage> {
  return (await unwrap(
    api.GET('/api/lessons', {
      params: {
        query: {
          page,
          size: LESSONS_PAGE_SIZE,
          ...(q ? { q } : {}),
          ...(theme ? { theme } : {}),
        },
      },
    }),
  )) as LessonsPage;
}

export const lessonsQueryOptions = (search: LessonsSearch) =>
  queryOptions({
    queryKey: ['lessons', search],
    queryFn: () => getLessons(search),
    placeholderData: keepPreviousData,
  });

export function useLessons(search: LessonsSearch) {
  return useQuery(lessonsQueryOptions(search));
}
