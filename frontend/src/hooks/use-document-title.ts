import { useEffect } from 'react';

const APP_NAME = 'CivicLab';

/** Sets the tab title to "<page> · CivicLab", or just "CivicLab" without a page. */
export function useDocumentTitle(page?: string) {
  useEffect(() => {
    document.title = page ? `${page} · ${APP_NAME}` : APP_NAME;
  }, [page]);
}
