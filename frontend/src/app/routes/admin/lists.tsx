import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';

import { Loading } from '../../../components/ui/loading';
import { listKinds } from '../../../features/admin-lists/api/list-kinds';
import { ManagedList } from '../../../features/admin-lists/components/managed-list';
import { useDocumentTitle } from '../../../hooks/use-document-title';
import { useUser } from '../../../lib/auth';

/** The admin's page of their organisation's lists: departments, themes and receiving units. */
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
        listKinds.map((kind) => (
          <ManagedList key={kind} organisation={user.organisationId} kind={kind} />
        ))
      ) : (
        <Loading />
      )}
    </div>
  );
}
