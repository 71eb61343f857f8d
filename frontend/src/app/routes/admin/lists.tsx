import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';

import { Loading } from '../../../components/ui/loading';
import { listKinds } from '../../../features/admin-lists/api/list-kinds';
import { ManagedList } from '../../../features/admin-lists/components/managed-list';
import { OrganisationScope } from '../../../features/admin-lists/components/organisation-scope';
import { useDocumentTitle } from '../../../hooks/use-document-title';
import { isRegionAdmin } from '../../../lib/administration';
import { useUser } from '../../../lib/auth';

/** The admin's page of an organisation's lists: departments, themes and receiving units. */
export function AdminListsRoute() {
  const { t } = useTranslation();
  useDocumentTitle(t('adminLists.title'));
  const user = useUser().data;
  return (
    <div className="narrow stack">
      <Heading level={1} data-size="xl">
        {t('adminLists.title')}
      </Heading>
      <Paragraph>{t('adminLists.intro')}</Paragraph>
      {user ? (
        <OrganisationScope own={user.organisationId} regionAdmin={isRegionAdmin(user)}>
          {(organisation) =>
            listKinds.map((kind) => (
              <ManagedList key={kind} organisation={organisation} kind={kind} />
            ))
          }
        </OrganisationScope>
      ) : (
        <Loading />
      )}
    </div>
  );
}
