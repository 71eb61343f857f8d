import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';

import { OrganisationsAdmin } from '../../../features/admin-people/components/organisations-admin';
import { useDocumentTitle } from '../../../hooks/use-document-title';
import { isRegionAdmin } from '../../../lib/administration';
import { useUser } from '../../../lib/auth';

export function AdminOrganisationsRoute() {
  const { t } = useTranslation();
  useDocumentTitle(t('adminPeople.nav.organisations'));
  const { data: user } = useUser();
  return (
    <>
      <Heading level={1} data-size="xl">
        {t('adminPeople.nav.organisations')}
      </Heading>
      <Paragraph>{t('adminPeople.organisations.intro')}</Paragraph>
      <OrganisationsAdmin regionAdmin={isRegionAdmin(user)} />
    </>
  );
}
