import { useTranslation } from 'react-i18next';

import { ErrorAlert } from '../../../components/ui/error-alert';
import { Loading } from '../../../components/ui/loading';
import { useBoard } from '../api/get-board';
import type { BoardFilters } from '../hooks/use-board-filters';

import { BoardColumn } from './board-column';

/** A column per stage of the deployed model, in the model's order. */
export function Board({ filters }: { filters: BoardFilters }) {
  const { t } = useTranslation();
  const board = useBoard(filters);
  if (board.isPending) {
    return <Loading />;
  }
  if (board.isError) {
    return <ErrorAlert title={t('board.loadFailed')} error={board.error} />;
  }
  return (
    <div className="board-columns" aria-busy={board.isFetching}>
      {board.data.columns.map((column) => (
        <BoardColumn key={column.stage} column={column} filters={filters} />
      ))}
    </div>
  );
}
