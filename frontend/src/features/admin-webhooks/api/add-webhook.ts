import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';

import { useAnnounce } from '../../../components/ui/announcer';
import { api, unwrap } from '../../../lib/api-client';

import { webhookKeys, type Webhook, type WebhookRequest } from './get-webhooks';

/** Adds a webhook: its address (checked by the server), events and secret. */
export async function addWebhook(organisation: number, body: WebhookRequest): Promise<Webhook> {
  return await unwrap(
    api.POST('/api/admin/organisations/{organisationId}/webhooks', {
      params: { path: { organisationId: organisation } },
      body,
    }),
  );
}

export function useAddWebhook(organisation: number) {
  const queryClient = useQueryClient();
  const announce = useAnnounce();
  const { t } = useTranslation();
  return useMutation({
    mutationFn: (body: WebhookRequest) => addWebhook(organisation, body),
    onSuccess: () => {
      announce(t('announce.webhookAdded'));
      void queryClient.invalidateQueries({ queryKey: webhookKeys.all(organisation) });
    },
  });
}
