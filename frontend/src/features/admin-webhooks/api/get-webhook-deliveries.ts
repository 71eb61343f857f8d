import type { components } from '@api/schema';
import { queryOptions, useQuery } from '@tanstack/react-query';

import { api, unwrap } from '../../../lib/api-client';

import { webhookKeys } from './get-webhooks';

/** A delivery of a webhook: its event, idea, attempts and outcome. */
export type WebhookDelivery = components['schemas']['DeliveryView'];

/** A webhook's last 50 deliveries, the newest first. */
export async function getWebhookDeliveries(
  organisation: number,
  webhookId: number,
): Promise<WebhookDelivery[]> {
  return await unwrap(
    api.GET('/api/admin/organisations/{organisationId}/webhooks/{webhookId}/deliveries', {
      params: { path: { organisationId: organisation, webhookId } },
    }),
  );
}

export const webhookDeliveriesQueryOptions = (organisation: number, webhookId: number) =>
  queryOptions({
    queryKey: webhookKeys.deliveries(organisation, webhookId),
    queryFn: () => getWebhookDeliveries(organisation, webhookId),
  });

/** The log, read again every 10 s while it is open: deliveries wait for their next attempt. */
export function useWebhookDeliveries(organisation: number, webhookId: number) {
  return useQuery({
    ...webhookDeliveriesQueryOptions(organisation, webhookId),
    refetchInterval: 10_000,
  });
}
