import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { TimeBoxStatus } from '../../../components/ui/time-box-status';
import { paths } from '../../../config/paths';
import type { BoardCard as Card, CardMove, FullBoardCard } from '../../../lib/api-types';

import { BoardCardMoves } from './board-card-moves';

interface BoardCardProps {
  card: Card;
  /** The column the card is in. */
  stage: string;
  onMove?: ((card: FullBoardCard, moves: CardMove[]) => void) | undefined;
}

/**
 * A card on the board: what the idea is, whose it is, and how long it has waited. Another
 * organisation's published idea shows what the public sees: no support or time box.
 */
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
        {/* Another organisation's card names its owner only if they agreed. */}
        {card.owner !== null && (
          <div>
            <dt>{t('board.card.owner')}</dt>
            <dd>{card.ownerName ?? card.owner}</dd>
          </div>
        )}
        {card.view === 'SHARED' && (
          <div>
            <dt>{t('board.card.organisation')}</dt>
            <dd>{card.organisation}</dd>
          </div>
        )}
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
        {card.supports !== null && (
          <span>{t('board.card.supports', { count: card.supports })}</span>
        )}
      </p>
      {onMove && card.view === 'FULL' && card.moves.length > 0 && (
        <BoardCardMoves card={card} stage={stage} onMove={onMove} />
      )}
    </article>
  );
}
