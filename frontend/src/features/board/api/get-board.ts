import { queryOptions, useQuery } from '@tanstack/react-query';

import { api, unwrap } from '../../../lib/api-client';
import type { Board } from '../../../lib/api-types';
import { queryKeys } from '../../../lib/query-keys';
import type { BoardFilters } from '../hooks/use-board-filters';

import { flatQuery, toApiFilter } from './board-filter';

export const BOARD_PAGE_SIZE = 20;

/** Every column of the board, in the model's order, each with its first page of cards. */
export async function getBoard(filters: BoardFilters, size = BOARD_PAGE_SIZE): Promise<Board> {
  const board = await unwrap(
    api.GET('/api/board', {
      params: { query: { filter: toApiFilter(filters), size } },
      querySerializer: flatQuery,
    }),
  );
  return board as Board;
}

export function boardQueryOptions(filters: BoardFilters) {
  return queryOptions({
    queryKey: [...queryKeys.board, filters],
    queryFn: () => getBoard(filters),
  });
}

export function useBoard(filters: BoardFilters) {
  return useQuery(boardQueryOptions(filters));
}
