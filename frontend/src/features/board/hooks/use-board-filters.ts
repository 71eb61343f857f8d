import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';

/** The board's filters, each kept in the address as a search parameter of the same name. */
export const filterNames = [
  'organisation',
  'department',
  'theme',
  'owner',
  'q',
  'field',
  'fieldValue',
] as const;
export type FilterName = (typeof filterNames)[number];
export type BoardFilters = Partial<Record<FilterName, string>>;

export function readFilters(params: URLSearchParams): BoardFilters {
  const filters: BoardFilters = {};
  for (const name of filterNames) {
    const value = params.get(name)?.trim();
    if (value) {
      filters[name] = value;
    }
  }
  return filters;
}

/** The filters in the address, and a setter that puts new ones there (a new history entry). */
export function useBoardFilters() {
  const [searchParams, setSearchParams] = useSearchParams();
  const key = searchParams.toString();
  // eslint-disable-next-line react-hooks/exhaustive-deps -- the string is the params' identity
  const filters = useMemo(() => readFilters(searchParams), [key]);
  const setFilters = useCallback(
    (next: BoardFilters) => {
      const params = new URLSearchParams();
      for (const name of filterNames) {
        const value = next[name]?.trim();
        if (value) {
          params.set(name, value);
        }
      }
      setSearchParams(params);
    },
    [setSearchParams],
  );
  return { filters, setFilters, key };
}
