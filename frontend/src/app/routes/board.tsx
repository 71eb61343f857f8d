import { Heading } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';

import { Board } from '../../features/board/components/board';
import { BoardFilters } from '../../features/board/components/board-filters';
import { useBoardFilters } from '../../features/board/hooks/use-board-filters';
import { useDocumentTitle } from '../../hooks/use-document-title';

export function BoardRoute() {
  const { t } = useTranslation();
  useDocumentTitle(t('board.title'));
  const { filters, setFilters, key } = useBoardFilters();
  return (
    <>
      <Heading level={1} data-size="xl">
        {t('board.title')}
      </Heading>
      <BoardFilters key={key} filters={filters} onChange={setFilters} />
      <Board filters={filters} />
    </>
  );
}
