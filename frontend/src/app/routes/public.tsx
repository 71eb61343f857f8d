import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';

import { PublicIdeaList } from '../../features/public/components/public-idea-list';
import { useDocumentTitle } from '../../hooks/use-document-title';

/** The public portfolio, for everyone, without signing in. */
export function PublicRoute() {
  const { t } = useTranslation();
  useDocumentTitle(t('publicPortfolio.title'));
  const [params, setParams] = useSearchParams();
  const page = Math.max(0, Number(params.get('page') ?? 0) || 0);
  return (
    <div className="narrow">
      <Heading level={1} data-size="xl">
        {t('publicPortfolio.title')}
      </Heading>
      <Paragraph>{t('publicPortfolio.intro')}</Paragraph>
      <PublicIdeaList
        page={page}
        onPageChange={(next) => {
          setParams(next > 0 ? { page: String(next) } : {});
        }}
      />
    </div>
  );
}
