import { queryOptions, useQuery } from '@tanstack/react-query';

import { api, unwrap } from '../../../lib/api-client';

/** The themes the stopped ideas carry, for the library's filter. */
export async function getLessonThemes(): Promise<string[]> {
  return unwrap(api.GET('/api/lessons/themes'));
}

export const lessonThemesQueryOptions = queryOptions({
  queryKey: ['lessons', 'themes'],
  queryFn: getLessonThemes,
});

export function useLessonThemes() {
  return useQuery(lessonThemesQueryOptions);
}
