import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { paths } from '../../config/paths';
import { useDocumentTitle } from '../../hooks/use-document-title';

export function HomeRoute() {
  const { t } = useTranslation();
  useDocumentTitle();
  return (
    <>
      <Heading level={1} data-size="xl">
        {t('app.name')}
      </Heading>
      <Paragraph>{t('app.tagline')}</Paragraph>
      <Paragraph>
        <Link to={paths.board}>{t('home.openBoard')}</Link>
      </Paragraph>
    </>
  );
}
