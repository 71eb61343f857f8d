import { Heading } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { Board } from '../../features/board/components/board';
import { BoardFilters } from '../../features/board/components/board-filters';
import { useBoardFilters } from '../../features/board/hooks/use-board-filters';
import { DecisionDialog } from '../../features/decisions/components/decision-dialog';
import { GateRefusal } from '../../features/ideas/components/idea-gates';
import { useDocumentTitle } from '../../hooks/use-document-title';
import type { CardMove, FullBoardCard, IdeaAction } from '../../lib/api-types';

/** The gate decision a move stands for, as the decision dialog takes it. */
function toAction(moves: CardMove[]): IdeaAction {
  return {
    type: 'DECIDE',
    gate: moves[0]?.gate ?? null,
    outcomes: moves.map((move) => ({
      outcome: move.outcome,
      fields: move.fields,
      endsIdea: move.endsIdea,
    })),
  };
}

export function BoardRoute() {
  const { t } = useTranslation();
  useDocumentTitle(t('board.title'));
  const { filters, setFilters, key } = useBoardFilters();
  const [moving, setMoving] = useState<{ card: FullBoardCard; action: IdeaAction } | null>(null);
  return (
    <>
      <Heading level={1} data-size="xl">
        {t('board.title')}
      </Heading>
      <BoardFilters key={key} filters={filters} onChange={setFilters} />
      <Board
        filters={filters}
        onMove={(card, moves) => {
          setMoving({ card, action: toAction(moves) });
        }}
      />
      {moving && (
        <DecisionDialog
          idea={moving.card}
          action={moving.action}
          explainRefusal={(gate) => <GateRefusal ideaId={moving.card.id} gate={gate} />}
          onClose={() => {
            setMoving(null);
          }}
        />
      )}
    </>
  );
}
