import { Heading } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';

import { InvitationForm } from '../../features/admin-people/components/invitation-form';
import { useDocumentTitle } from '../../hooks/use-document-title';

/** The page an invitation link opens: the person sets their password, then signs in. */
export function InvitationRoute() {
  const { t } = useTranslation();
  useDocumentTitle(t('adminPeople.welcome.title'));
  const { token = '' } = useParams();
  return (
    <div className="narrow">
      <Heading level={1} data-size="xl">
        {t('adminPeople.welcome.title')}
      </Heading>
      <InvitationForm token={token} />
    </div>
  );
}
