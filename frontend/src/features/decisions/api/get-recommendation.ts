import { keepPreviousData, useQuery } from '@tanstack/react-query';

import { api, unwrap } from '../../../lib/api-client';
import type { Recommendation, Scores } from '../../../lib/api-types';

/** What the screening rubric (a DMN table on the server) recommends for these scores. */
export async function getRecommendation(scores: Scores): Promise<Recommendation> {
  return await unwrap(api.POST('/api/rubric/recommendation', { body: scores }));
}

export function useRecommendation(scores: Scores | null) {
  return useQuery({
    queryKey: ['rubric-recommendation', scores],
    queryFn: () => (scores ? getRecommendation(scores) : Promise.reject(new Error('No scores'))),
    enabled: scores !== null,
    placeholderData: keepPreviousData,
    staleTime: Infinity,
  });
}
