import type { paths } from '@api/schema';
import { queryOptions, useQuery } from '@tanstack/react-query';

import { api, unwrap } from '../../../lib/api-client';

/** The person's e-mail (read-only), the language of their mails, and each kind's delivery. */
export type NotificationSettings =
  paths['/api/me/notification-settings']['get']['responses'][200]['content']['application/json'];
export type Delivery = NotificationSettings['deliveries'][number]['delivery'];

export const notificationSettingsKey = ['notification-settings'] as const;

export async function getNotificationSettings(): Promise<NotificationSettings> {
  return await unwrap(api.GET('/api/me/notification-settings'));
}

export const notificationSettingsQueryOptions = queryOptions({
  queryKey: notificationSettingsKey,
  queryFn: getNotificationSettings,
});

export function useNotificationSettings() {
  return useQuery(notificationSettingsQueryOptions);
}
