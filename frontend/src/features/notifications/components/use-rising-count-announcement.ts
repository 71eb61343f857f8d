import { useState } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * The text for a polite live region when the unread count rises (not when it is first read, nor
 * when it falls): screen-reader users hear of new notifications without being interrupted.
 */
export function useRisingCountAnnouncement(count: number | undefined): string {
  const { t } = useTranslation();
  const [seen, setSeen] = useState<number | null>(null);
  const [announcement, setAnnouncement] = useState('');
  if (count !== undefined && count !== seen) {
    setSeen(count);
    if (seen !== null && count > seen) {
      setAnnouncement(t('notifications.newArrived', { count }));
    }
  }
  return announcement;
}
