import { BoardPlaceholder } from '../../features/board/components/board-placeholder';
import { useDocumentTitle } from '../../hooks/use-document-title';

export function BoardRoute() {
  useDocumentTitle('Board');
  return (
    <>
      <h1>Board</h1>
      <BoardPlaceholder />
    </>
  );
}
