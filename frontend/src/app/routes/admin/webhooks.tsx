import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';

import { Loading } from '../../../components/ui/loading';
import { OrganisationScope } from '../../../features/admin-lists/components/organisation-scope';
import { WebhooksAdmin } from '../../../features/admin-webhooks/components/webhooks-admin';
import { useDocumentTitle } from '../../../hooks/use-document-title';
import { isRegionAdmin } from '../../../lib/administration';
import { useUser } from '../../../lib/auth';

/** The admin's page of an organisation's outbound webhooks and their deliveries. */
export function AdminWebhooksRoute() {
  const { t } = useTranslation();
  useDocumentTitle(t('adminWebhooks.title'));
  const user = useUser().data;
  return (
    <div className="narrow stack">
      <Heading level={1} data-size="xl">
        {t('adminWebhooks.title')}
      </Heading>
      <Paragraph>{t('adminWebhooks.intro')}</Paragraph>
      {user ? (
        <OrganisationScope own={user.organisationId} regionAdmin={isRegionAdmin(user)}>
          {(organisation) => <WebhooksAdmin key={organisation} organisation={organisation} />}
        </OrganisationScope>
      ) : (
        <Loading />
      )}
    </div>
  );
}
