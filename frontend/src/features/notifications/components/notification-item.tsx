import { Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { paths } from '../../../config/paths';
import { useFormat } from '../../../lib/format';
import type { Notification } from '../api/get-notifications';

import { useNotificationText } from './use-notification-text';

interface NotificationItemProps {
  notification: Notification;
  /** Called as the reader follows the link to the idea. */
  onOpen: (notification: Notification) => void;
}

/** One notification: a link to its idea saying what happened, marked when unread. */
export function NotificationItem({ notification, onOpen }: NotificationItemProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const text = useNotificationText();
  const unread = !notification.read;
  return (
    <li className={unread ? 'notification notification-unread' : 'notification'}>
      <Link
        to={paths.idea(notification.ideaId)}
        onClick={() => {
          onOpen(notification);
        }}
      >
        {unread && (
          <>
            <span className="notification-marker">{t('notifications.unreadMarker')}</span>{' '}
          </>
        )}
        {text(notification)}
      </Link>
      <Paragraph data-size="xs" className="muted">
        <time dateTime={notification.createdAt}>{format.dateTime(notification.createdAt)}</time>
        {notification.actorName && (
          <> {t('notifications.byActor', { actor: notification.actorName })}</>
        )}
      </Paragraph>
    </li>
  );
}
