import { Badge, Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { ErrorAlert } from '../../../components/ui/error-alert';
import { paths } from '../../../config/paths';
import { useLatestNotifications } from '../api/get-notifications';
import { useUnreadCount } from '../api/get-unread-count';
import { useMarkAllRead } from '../api/mark-all-read';
import { useMarkRead } from '../api/mark-read';

import { NotificationItem } from './notification-item';
import { useRisingCountAnnouncement } from './use-rising-count-announcement';

/**
 * The bell in the header: the unread count, asked for again every half minute, and a panel of
 * the latest notifications that opens below it (a disclosure: Escape or a click outside closes it).
 */
export function NotificationBell() {
  const { t } = useTranslation();
  const panelId = useId();
  const headingId = useId();
  const [open, setOpen] = useState(false);
  const container = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const unreadCount = useUnreadCount().data;
  const unread = unreadCount ?? 0;
  const latest = useLatestNotifications(open);
  const markRead = useMarkRead();
  const markAllRead = useMarkAllRead();
  const announcement = useRisingCountAnnouncement(unreadCount);

  useEffect(() => {
    if (!open) return;
    function closeOnEscape(event: KeyboardEvent) {
      if (event.key === 'Escape') {
        setOpen(false);
        button.current?.focus();
      }
    }
    function closeOnOutsideClick(event: MouseEvent) {
      if (!container.current?.contains(event.target as Node)) setOpen(false);
    }
    document.addEventListener('keydown', closeOnEscape);
    document.addEventListener('mousedown', closeOnOutsideClick);
    return () => {
      document.removeEventListener('keydown', closeOnEscape);
      document.removeEventListener('mousedown', closeOnOutsideClick);
    };
  }, [open]);

  const items = latest.data?.items ?? [];
  return (
    <div className="notification-bell" ref={container}>
      <Button
        ref={button}
        variant="tertiary"
        data-size="sm"
        aria-expanded={open}
        aria-controls={panelId}
        aria-label={
          unreadCount === undefined
            ? t('notifications.bellCounting')
            : t('notifications.bell', { count: unread })
        }
        onClick={() => {
          setOpen((wasOpen) => !wasOpen);
        }}
      >
        <BellIcon />
        {unread > 0 && <Badge count={unread} maxCount={99} data-color="danger" />}
      </Button>
      {/* A live region without the status role: a page's own status message stays the one. */}
      <span aria-live="polite" className="ds-sr-only">
        {announcement}
      </span>
      <section
        id={panelId}
        className="notification-panel"
        aria-labelledby={headingId}
        hidden={!open}
      >
        <Heading level={2} data-size="2xs" id={headingId}>
          {t('notifications.title')}
        </Heading>
        {latest.isError && (
          <ErrorAlert title={t('common.error')} error={latest.error} headingLevel={3} />
        )}
        {latest.isSuccess && items.length === 0 && (
          <Paragraph data-size="sm">{t('notifications.empty')}</Paragraph>
        )}
        {items.length > 0 && (
          <ul className="plain-list notification-list">
            {items.map((notification) => (
              <NotificationItem
                key={notification.id}
                notification={notification}
                onOpen={(opened) => {
                  if (!opened.read) markRead.mutate(opened.id);
                  setOpen(false);
                }}
              />
            ))}
          </ul>
        )}
        <div className="button-row">
          {unread > 0 && (
            <Button
              variant="secondary"
              data-size="sm"
              loading={markAllRead.isPending}
              onClick={() => {
                markAllRead.mutate();
              }}
            >
              {t('notifications.markAllRead')}
            </Button>
          )}
          <Link
            to={paths.notificationSettings}
            onClick={() => {
              setOpen(false);
            }}
          >
            {t('notifications.settingsLink')}
          </Link>
        </div>
      </section>
    </div>
  );
}

function BellIcon() {
  return (
    <svg aria-hidden="true" focusable="false" width="24" height="24" viewBox="0 0 24 24">
      <path
        fill="currentColor"
        d="M12 22a2.5 2.5 0 0 0 2.45-2h-4.9A2.5 2.5 0 0 0 12 22Zm7-6V11a7 7 0 0 0-5.5-6.84V3.5a1.5 1.5 0 0 0-3 0v.66A7 7 0 0 0 5 11v5l-2 2v1h18v-1l-2-2Z"
      />
    </svg>
  );
}
