import { Heading } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';

import { Loading } from '../../../components/ui/loading';
import { CustomFieldsAdmin } from '../../../features/admin-lists/components/custom-fields-admin';
import { OrganisationScope } from '../../../features/admin-lists/components/organisation-scope';
import { useDocumentTitle } from '../../../hooks/use-document-title';
import { isRegionAdmin } from '../../../lib/administration';
import { useUser } from '../../../lib/auth';

/** The admin's page of an organisation's own fields on the submission form. */
export function AdminFieldsRoute() {
  const { t } = useTranslation();
  useDocumentTitle(t('adminLists.fields.pageTitle'));
  const user = useUser().data;
  return (
    <div className="narrow stack">
      <Heading level={1} data-size="xl">
        {t('adminLists.fields.pageTitle')}
      </Heading>
      {user ? (
        <OrganisationScope own={user.organisationId} regionAdmin={isRegionAdmin(user)}>
          {(organisation) => <CustomFieldsAdmin organisation={organisation} />}
        </OrganisationScope>
      ) : (
        <Loading />
      )}
    </div>
  );
}
