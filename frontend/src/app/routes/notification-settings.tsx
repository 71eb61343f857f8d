import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';

import { ErrorAlert } from '../../components/ui/error-alert';
import { Loading } from '../../components/ui/loading';
import { useNotificationSettings } from '../../features/notifications/api/get-notification-settings';
import { NotificationSettingsForm } from '../../features/notifications/components/notification-settings-form';
import { useDocumentTitle } from '../../hooks/use-document-title';

export function NotificationSettingsRoute() {
  const { t } = useTranslation();
  const settings = useNotificationSettings();
  useDocumentTitle(t('notificationSettings.title'));
  return (
    <>
      <Heading level={1} data-size="lg">
        {t('notificationSettings.title')}
      </Heading>
      <Paragraph>{t('notificationSettings.intro')}</Paragraph>
      {settings.isPending ? (
        <Loading />
      ) : settings.isError ? (
        <ErrorAlert title={t('notificationSettings.loadFailed')} error={settings.error} />
      ) : (
        <NotificationSettingsForm settings={settings.data} />
      )}
    </>
  );
}
