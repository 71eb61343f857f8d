import { Link } from 'react-router';

import { paths } from '../../config/paths';
import { useDocumentTitle } from '../../hooks/use-document-title';

export function HomeRoute() {
  useDocumentTitle();
  return (
    <>
      <h1>CivicLab</h1>
      <p>
        An idea-to-scale pipeline for municipal innovation labs: think big, start small, then fail
        or scale fast.
      </p>
      <p>
        <Link to={paths.board}>Open the board</Link>
      </p>
    </>
  );
}
