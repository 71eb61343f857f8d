import { Link } from 'react-router';

import { paths } from '../../config/paths';
import { useDocumentTitle } from '../../hooks/use-document-title';

export function NotFoundRoute() {
  useDocumentTitle('Page not found');
  return (
    <>
      <h1>Page not found</h1>
      <p>There is no page at this address.</p>
      <p>
        <Link to={paths.home}>Go to the home page</Link>
      </p>
    </>
  );
}
