import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';

import { PeopleAdmin } from '../../../features/admin-people/components/people-admin';
import { useDocumentTitle } from '../../../hooks/use-document-title';
import { isRegionAdmin } from '../../../lib/administration';
import { useUser } from '../../../lib/auth';

export function AdminPeopleRoute() {
  const { t } = useTranslation();
  useDocumentTitle(t('adminPeople.nav.people'));
  const { data: user } = useUser();
  return (
    <>
      <Heading level={1} data-size="xl">
        {t('adminPeople.nav.people')}
      </Heading>
      <Paragraph>{t('adminPeople.intro')}</Paragraph>
      <PeopleAdmin regionAdmin={isRegionAdmin(user)} myId={user?.id ?? 0} />
    </>
  );
}
