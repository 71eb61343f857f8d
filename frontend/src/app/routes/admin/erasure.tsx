import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';

import { ErasureForm } from '../../../features/privacy/components/erasure-form';
import { useDocumentTitle } from '../../../hooks/use-document-title';

/** An admin erases the personal data of a person who left. */
export function ErasureRoute() {
  const { t } = useTranslation();
  useDocumentTitle(t('privacy.erasure.title'));
  return (
    <div className="narrow">
      <Heading level={1} data-size="xl">
        {t('privacy.erasure.title')}
      </Heading>
      <Paragraph>{t('privacy.erasure.intro')}</Paragraph>
      <ErasureForm />
    </div>
  );
}
