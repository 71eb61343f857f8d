import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { TimeBoxStatus } from '../../../components/ui/time-box-status';
import { paths } from '../../../config/paths';
import type { BoardCard as Card, CardMove } from '../../../lib/api-types';

import { BoardCardMoves } from './board-card-moves';

interface BoardCardProps {
  card: Card;
  /** The column the card is in. */
  stage: string;
  onMove?: ((card: Card, moves: CardMove[]) => void) | undefined;
}

/** A card on the board: what the idea is, whose it is, and how long it has waited. */
export function BoardCard({ card, stage, onMove }: BoardCardProps) {
  const { t } = useTranslation();
  const referenceId = useId();
  return (
    <article className="board-card">
      <h3 className="board-card-title">
        <Link to={paths.idea(card.id)} aria-describedby={referenceId}>
          {card.title}
        </Link>
      </h3>
      <p className="board-card-reference" id={referenceId}>
        {card.reference}
      </p>
      <dl className="board-card-facts">
        <div>
          <dt>{t('board.card.owner')}</dt>
          <dd>{card.ownerName ?? card.owner}</dd>
        </div>
        {card.department && (
          <div>
            <dt>{t('board.card.department')}</dt>
            <dd>{card.department}</dd>
          </div>
        )}
      </dl>
      <p className="board-card-meta">
        <span>{t('board.card.daysInStage', { count: card.daysInStage })}</span>
        {card.timeBox && <TimeBoxStatus state={card.timeBox} />}
        <span>{t('board.card.supports', { count: card.supports })}</span>
      </p>
      {onMove && card.moves.length > 0 && (
        <BoardCardMoves card={card} stage={stage} onMove={onMove} />
      )}
    </article>
  );
}
