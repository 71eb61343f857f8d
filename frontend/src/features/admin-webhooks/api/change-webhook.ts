import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';

import { useAnnounce } from '../../../components/ui/announcer';
import { api, unwrap } from '../../../lib/api-client';

import { webhookKeys, type Webhook, type WebhookRequest } from './get-webhooks';

/** Changes a webhook; without a secret it keeps the one it has. */
export async function changeWebhook(
  organisation: number,
  webhookId: number,
  body: WebhookRequest,
): Promise<Webhook> {
  return await unwrap(
    api.PUT('/api/admin/organisations/{organisationId}/webhooks/{webhookId}', {
      params: { path: { organisationId: organisation, webhookId } },
      body,
    }),
  );
}

export function useChangeWebhook(organisation: number) {
  const queryClient = useQueryClient();
  const announce = useAnnounce();
  const { t } = useTranslation();
  return useMutation({
    mutationFn: ({ webhookId, body }: { webhookId: number; body: WebhookRequest }) =>
      changeWebhook(organisation, webhookId, body),
    onSuccess: () => {
      announce(t('announce.webhookSaved'));
    },
    onSettled: () => {
      void queryClient.invalidateQueries({ queryKey: webhookKeys.all(organisation) });
    },
  });
}
