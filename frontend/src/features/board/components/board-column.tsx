import { useDroppable } from '@dnd-kit/core';
import { Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';

import { ErrorAlert } from '../../../components/ui/error-alert';
import { useStageLabel } from '../../../hooks/use-stage-label';
import type { BoardColumn as Column, CardMove, FullBoardCard } from '../../../lib/api-types';
import { useMoreBoardCards } from '../api/get-board-column';
import type { BoardFilters } from '../hooks/use-board-filters';

import { BoardCard } from './board-card';

interface BoardColumnProps {
  column: Column;
  filters: BoardFilters;
  /** While a card is dragged: whether it may be dropped here. */
  drop?: 'allowed' | 'refused' | undefined;
  onMove?: ((card: FullBoardCard, moves: CardMove[]) => void) | undefined;
  /** For an ended column: whether it is folded to its heading, and a way to (un)fold it. */
  folded?: boolean | undefined;
  onFold?: (fold: boolean) => void;
}

/** One stage: its heading, its cards and, where there are more, a way to show them. */
export function BoardColumn({ column, filters, drop, onMove, folded, onFold }: BoardColumnProps) {
  const { t } = useTranslation();
  const stageLabel = useStageLabel();
  const headingId = useId();
  const more = useMoreBoardCards(column, filters);
  const cards = [...column.cards, ...(more.data?.pages.flatMap((page) => page.cards) ?? [])];
  const hasMore = cards.length < column.total;
  const label = stageLabel(column.stage, column.label);
  const { setNodeRef, isOver } = useDroppable({ id: column.stage });

  // After "show more", focus moves to the first card that came in, so keyboard users go on there.
  const list = useRef<HTMLOListElement>(null);
  const focusTarget = useRef<number | null>(null);
  useEffect(() => {
    const target = focusTarget.current;
    if (target !== null && cards.length > target) {
      list.current?.querySelectorAll<HTMLAnchorElement>('.board-card-title a')[target]?.focus();
      focusTarget.current = null;
    }
  }, [cards.length]);

  return (
    <section
      ref={setNodeRef}
      className="board-column"
      aria-labelledby={headingId}
      data-end={column.end || undefined}
      data-drop={drop}
      data-over={drop && isOver ? true : undefined}
      data-folded={folded === true ? true : undefined}
    >
      <Heading level={2} data-size="xs" id={headingId} className="board-column-heading">
        {folded === undefined ? (
          <ColumnTitle label={label} total={column.total} />
        ) : (
          // An ended column's heading is its disclosure: it shows or folds away its cards.
          <button
            type="button"
            className="board-column-toggle"
            aria-expanded={!folded}
            onClick={() => {
              onFold?.(!folded);
            }}
          >
            <span aria-hidden="true">{folded ? '▸' : '▾'}</span>
            <ColumnTitle label={label} total={column.total} />
          </button>
        )}
      </Heading>
      {folded ? null : cards.length === 0 ? (
        <Paragraph data-size="sm" className="board-column-empty">
          {t('board.column.empty')}
        </Paragraph>
      ) : (
        <ol className="board-cards" ref={list}>
          {cards.map((card) => (
            <li key={card.id}>
              <BoardCard card={card} stage={column.stage} onMove={onMove} />
            </li>
          ))}
        </ol>
      )}
      {!folded && more.isError && (
        <ErrorAlert title={t('board.column.loadMoreFailed')} error={more.error} headingLevel={3} />
      )}
      {!folded && cards.length > 0 && column.total > column.cards.length && (
        <Paragraph data-size="xs" className="board-column-showing">
          {t('board.column.showing', { shown: cards.length, total: column.total })}
        </Paragraph>
      )}
      {!folded && hasMore && (
        <Button
          variant="secondary"
          data-size="sm"
          loading={more.isFetching}
          onClick={() => {
            focusTarget.current = cards.length;
            void more.fetchNextPage();
          }}
        >
          {t('board.column.showMore', { stage: label })}
        </Button>
      )}
    </section>
  );
}

function ColumnTitle({ label, total }: { label: string; total: number }) {
  const { t } = useTranslation();
  return (
    <>
      {label}{' '}
      <span className="board-column-count">{t('board.column.count', { count: total })}</span>
    </>
  );
}
