import { useTranslation } from 'react-i18next';

import type { Notification } from '../api/get-notifications';

/** What happened, in the reader's language: one text per kind, naming the idea. */
export function useNotificationText() {
  const { t } = useTranslation();
  return (notification: Notification) =>
    t(`notifications.text.${notification.kind}`, {
      reference: notification.ideaReference,
      title: notification.ideaTitle,
    });
}
