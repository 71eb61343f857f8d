import { useDraggable } from '@dnd-kit/core';
import { Button, Dropdown } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { useStageLabel } from '../../../hooks/use-stage-label';
import type { CardMove, FullBoardCard } from '../../../lib/api-types';

/** What a dragged card carries: the card and the column it comes from. */
export interface DraggedCard {
  card: FullBoardCard;
  from: string;
}

interface BoardCardMovesProps {
  card: FullBoardCard;
  stage: string;
  /** Takes the moves to one column (each a gate decision); opens the decision dialog. */
  onMove: (card: FullBoardCard, moves: CardMove[]) => void;
}

/**
 * A card's ways to move: a handle to drag it (by pointer, or by keyboard: Space to lift, arrows,
 * Space to drop) and a "Move to…" menu listing exactly the columns the reader may move it to.
 * Only cards with moves have them. The menu is mounted when it is opened: a board shows
 * hundreds of cards, and each mounted menu costs a style recalculation and two document
 * listeners (docs/benchmarks.md, 5).
 */
export function BoardCardMoves({ card, stage, onMove }: BoardCardMovesProps) {
  const { t } = useTranslation();
  const stageLabel = useStageLabel();
  const [menuOpen, setMenuOpen] = useState(false);
  const { attributes, listeners, setActivatorNodeRef, setNodeRef } = useDraggable({
    id: `card-${String(card.id)}`,
    data: { card, from: stage } satisfies DraggedCard,
    attributes: { roleDescription: t('board.move.roleDescription') },
  });
  const byStage = new Map<string, CardMove[]>();
  for (const move of card.moves) {
    byStage.set(move.stage, [...(byStage.get(move.stage) ?? []), move]);
  }
  return (
    <div className="board-card-moves" ref={setNodeRef}>
      <Button
        ref={setActivatorNodeRef}
        variant="tertiary"
        data-size="sm"
        className="board-card-handle"
        {...attributes}
        {...listeners}
        aria-label={t('board.move.drag', { title: card.title })}
      ></Button>
      <Dropdown.TriggerContext>
        <Dropdown.Trigger
          variant="secondary"
          data-size="sm"
          aria-label={t('board.move.menuFor', { title: card.title })}
          onClick={(event) => {
            // A mounted menu takes its trigger's clicks itself (closing), and marks them so.
            if (event.defaultPrevented) return;
            // The menu shows itself as it mounts; the button's own popover toggle would hide it.
            event.preventDefault();
            setMenuOpen(true);
          }}
        >
          {t('board.move.menu')}
        </Dropdown.Trigger>
        {menuOpen && (
          <Dropdown
            placement="bottom-start"
            open
            onClose={() => {
              setMenuOpen(false);
            }}
          >
            <Dropdown.Heading>
              {t('board.move.menuHeading', { reference: card.reference })}
            </Dropdown.Heading>
            <Dropdown.List>
              {[...byStage.entries()].map(([target, moves]) => (
                <Dropdown.Item key={target}>
                  <Dropdown.Button
                    onClick={() => {
                      setMenuOpen(false);
                      onMove(card, moves);
                    }}
                  >
                    {t('board.move.option', {
                      stage: stageLabel(target),
                      outcome: moves.map((move) => t(`outcomes.${move.outcome}`)).join(', '),
                    })}
                  </Dropdown.Button>
                </Dropdown.Item>
              ))}
            </Dropdown.List>
          </Dropdown>
        )}
      </Dropdown.TriggerContext>
    </div>
  );
}
