import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';

import { MyDataSummary } from '../../features/privacy/components/my-data';
import { useDocumentTitle } from '../../hooks/use-document-title';

/** A person's own data: what CivicLab holds about them, to download as JSON. */
export function MyDataRoute() {
  const { t } = useTranslation();
  useDocumentTitle(t('privacy.myData.title'));
  return (
    <div className="narrow">
      <Heading level={1} data-size="xl">
        {t('privacy.myData.title')}
      </Heading>
      <Paragraph>{t('privacy.myData.intro')}</Paragraph>
      <MyDataSummary />
    </div>
  );
}
