import {
  DndContext,
  DragOverlay,
  KeyboardSensor,
  PointerSensor,
  pointerWithin,
  rectIntersection,
  useSensor,
  useSensors,
  type Announcements,
  type CollisionDetection,
  type DragEndEvent,
} from '@dnd-kit/core';
import { Alert, Paragraph } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { ErrorAlert } from '../../../components/ui/error-alert';
import { Loading } from '../../../components/ui/loading';
import { useStageLabel } from '../../../hooks/use-stage-label';
import type { CardMove, FullBoardCard } from '../../../lib/api-types';
import { useBoard } from '../api/get-board';
import type { BoardFilters } from '../hooks/use-board-filters';
import { useRemembered } from '../hooks/use-remembered';

import type { DraggedCard } from './board-card-moves';
import { BoardColumn } from './board-column';
import { columnByColumn } from './column-by-column';

interface BoardProps {
  filters: BoardFilters;
  /**
   * A card moved to a column it may go to: the gate decisions that take it there. Without it,
   * cards cannot be moved.
   */
  onMove?: (card: FullBoardCard, moves: CardMove[]) => void;
}

/** The column under the pointer; with the keyboard, the column the card overlaps most. */
const columnUnder: CollisionDetection = (args) => {
  const underPointer = pointerWithin(args);
  return underPointer.length > 0 ? underPointer : rectIntersection(args);
};

function dragged(data: unknown): DraggedCard | null {
  return typeof data === 'object' && data !== null && 'card' in data ? (data as DraggedCard) : null;
}

/**
 * A column per stage of the deployed model, in the model's order. The ended columns are folded
 * to a narrow strip until the reader opens them, so every active column fits a laptop's screen. Moving a card to another
 * column is taking a gate decision: only the columns its moves name accept it (they are
 * highlighted while it is dragged); a drop anywhere else is refused here, and nothing is sent.
 */
export function Board({ filters, onMove }: BoardProps) {
  const { t } = useTranslation();
  const stageLabel = useStageLabel();
  const board = useBoard(filters);
  const [active, setActive] = useState<DraggedCard | null>(null);
  const [refusal, setRefusal] = useState<string | null>(null);
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 5 } }),
    useSensor(KeyboardSensor, { coordinateGetter: columnByColumn }),
  );
  // The ended columns (scaled, stopped…) the reader opened; the others stay folded.
  const [openEnds, setOpenEnds] = useRemembered<string[]>('civiclab.board.openEndColumns', []);

  if (board.isPending) {
    return <Loading />;
  }
  if (board.isError) {
    return <ErrorAlert title={t('board.loadFailed')} error={board.error} />;
  }
  const labels = new Map(
    board.data.columns.map((column) => [column.stage, stageLabel(column.stage, column.label)]),
  );
  const label = (stage: unknown) => labels.get(String(stage)) ?? String(stage);
  const folded = (column: { stage: string; end: boolean }) =>
    column.end && !openEnds.includes(column.stage);
  const allowed = (item: DraggedCard | null, stage: unknown) =>
    item?.card.moves.some((move) => move.stage === stage) ?? false;

  const announcements: Announcements = {
    onDragStart: ({ active: start }) =>
      t('board.move.announce.start', { title: dragged(start.data.current)?.card.title }),
    onDragOver: ({ active: moving, over }) => {
      const item = dragged(moving.data.current);
      if (!over || over.id === item?.from) return undefined;
      return allowed(item, over.id)
        ? t('board.move.announce.overAllowed', { stage: label(over.id) })
        : t('board.move.announce.overRefused', { stage: label(over.id) });
    },
    onDragEnd: ({ active: moved, over }) => {
      const item = dragged(moved.data.current);
      if (!over || over.id === item?.from) {
        return t('board.move.announce.stayed', { title: item?.card.title });
      }
      return allowed(item, over.id)
        ? t('board.move.announce.dropped', { stage: label(over.id) })
        : t('board.move.refused', { reference: item?.card.reference, stage: label(over.id) });
    },
    onDragCancel: ({ active: cancelled }) =>
      t('board.move.announce.stayed', { title: dragged(cancelled.data.current)?.card.title }),
  };

  function end({ active: moved, over }: DragEndEvent) {
    setActive(null);
    const item = dragged(moved.data.current);
    if (!item || !over || over.id === item.from) return;
    const moves = item.card.moves.filter((move) => move.stage === over.id);
    if (moves.length === 0) {
      setRefusal(
        t('board.move.refused', { reference: item.card.reference, stage: label(over.id) }),
      );
      return;
    }
    setRefusal(null);
    onMove?.(item.card, moves);
  }

  return (
    <DndContext
      sensors={sensors}
      collisionDetection={columnUnder}
      accessibility={{
        announcements,
        screenReaderInstructions: { draggable: t('board.move.instructions') },
      }}
      onDragStart={({ active: start }) => {
        setRefusal(null);
        setActive(dragged(start.data.current));
      }}
      onDragEnd={end}
      onDragCancel={() => {
        setActive(null);
      }}
    >
      <div aria-live="assertive" className="board-refusal">
        {refusal && (
          <Alert data-color="warning" data-size="sm">
            <Paragraph>{refusal}</Paragraph>
          </Alert>
        )}
      </div>
      <div
        className="board-columns"
        aria-busy={board.isFetching}
        style={{
          gridTemplateColumns: board.data.columns
            .map((column) => (folded(column) ? 'max-content' : 'minmax(10.5rem, 1fr)'))
            .join(' '),
        }}
      >
        {board.data.columns.map((column) => (
          <BoardColumn
            key={column.stage}
            column={column}
            filters={filters}
            onMove={onMove}
            folded={column.end ? folded(column) : undefined}
            onFold={(fold) => {
              setOpenEnds(
                fold
                  ? openEnds.filter((stage) => stage !== column.stage)
                  : [...openEnds, column.stage],
              );
            }}
            drop={
              active && column.stage !== active.from
                ? allowed(active, column.stage)
                  ? 'allowed'
                  : 'refused'
                : undefined
            }
          />
        ))}
      </div>
      <DragOverlay>
        {active && (
          <div className="board-card board-card-overlay">
            <p className="board-card-title">{active.card.title}</p>
            <p className="board-card-reference">{active.card.reference}</p>
          </div>
        )}
      </DragOverlay>
    </DndContext>
  );
}
