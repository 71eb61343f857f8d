import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';

import { FeedsAdmin } from '../../../features/admin-federation/components/feeds-admin';
import { useDocumentTitle } from '../../../hooks/use-document-title';
import { isRegionAdmin } from '../../../lib/administration';
import { useUser } from '../../../lib/auth';

/**
 * The region's admin's page of the other installations whose public pilots the catalogue lists;
 * to an organisation's admin it says who keeps them.
 */
export function AdminFederationRoute() {
  const { t } = useTranslation();
  useDocumentTitle(t('adminFederation.title'));
  const user = useUser().data;
  return (
    <div className="narrow stack">
      <Heading level={1} data-size="xl">
        {t('adminFederation.title')}
      </Heading>
      <Paragraph>{t('adminFederation.intro')}</Paragraph>
      {user && isRegionAdmin(user) ? (
        <FeedsAdmin />
      ) : (
        <Paragraph>{t('adminFederation.regionOnly')}</Paragraph>
      )}
    </div>
  );
}
