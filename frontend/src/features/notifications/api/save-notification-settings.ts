import type { paths } from '@api/schema';
import { useMutation, useQueryClient } from '@tanstack/react-query';

import { api, unwrap } from '../../../lib/api-client';

import { notificationSettingsKey, type NotificationSettings } from './get-notification-settings';

type SettingsRequest =
  paths['/api/me/notification-settings']['put']['requestBody']['content']['application/json'];

export async function saveNotificationSettings(
  body: SettingsRequest,
): Promise<NotificationSettings> {
  return await unwrap(api.PUT('/api/me/notification-settings', { body }));
}

export function useSaveNotificationSettings() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: saveNotificationSettings,
    onSuccess: (saved) => {
      queryClient.setQueryData(notificationSettingsKey, saved);
    },
  });
}
