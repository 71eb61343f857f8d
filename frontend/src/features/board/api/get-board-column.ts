import { useInfiniteQuery } from '@tanstack/react-query';

import { api, unwrap } from '../../../lib/api-client';
import type { BoardColumn } from '../../../lib/api-types';
import { queryKeys } from '../../../lib/query-keys';
import type { BoardFilters } from '../hooks/use-board-filters';

import { flatQuery, toApiFilter } from './board-filter';
import { BOARD_PAGE_SIZE } from './get-board';

/** One page of one column's cards. */
export async function getBoardColumn(
  stage: string,
  filters: BoardFilters,
  page: number,
  size = BOARD_PAGE_SIZE,
): Promise<BoardColumn> {
  const column = await unwrap(
    api.GET('/api/board/columns/{stage}', {
      params: { path: { stage }, query: { filter: toApiFilter(filters), page, size } },
      querySerializer: flatQuery,
    }),
  );
  return column as BoardColumn;
}

/**
 * The pages of a column after the first one, which the board itself brings; nothing is fetched
 * until the user asks for more.
 */
export function useMoreBoardCards(first: BoardColumn, filters: BoardFilters) {
  return useInfiniteQuery({
    queryKey: [...queryKeys.board, 'column', first.stage, filters],
    queryFn: ({ pageParam }) => getBoardColumn(first.stage, filters, pageParam, first.size),
    initialPageParam: first.page + 1,
    getNextPageParam: (last) =>
      (last.page + 1) * last.size < last.total ? last.page + 1 : undefined,
    enabled: false,
  });
}
