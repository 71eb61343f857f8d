import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';

import { useAnnounce } from '../../../components/ui/announcer';
import { api, unwrap } from '../../../lib/api-client';

import { webhookKeys } from './get-webhooks';

/** Deletes a webhook and its deliveries. */
export async function deleteWebhook(organisation: number, webhookId: number): Promise<void> {
  await unwrap(
    api.DELETE('/api/admin/organisations/{organisationId}/webhooks/{webhookId}', {
      params: { path: { organisationId: organisation, webhookId } },
    }),
  );
}

export function useDeleteWebhook(organisation: number) {
  const queryClient = useQueryClient();
  const announce = useAnnounce();
  const { t } = useTranslation();
  return useMutation({
    mutationFn: (webhookId: number) => deleteWebhook(organisation, webhookId),
    onSuccess: () => {
      announce(t('announce.webhookDeleted'));
    },
    onSettled: () => {
      void queryClient.invalidateQueries({ queryKey: webhookKeys.all(organisation) });
    },
  });
}
