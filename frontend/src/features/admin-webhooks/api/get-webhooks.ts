import type { components } from '@api/schema';
import { queryOptions, useQuery } from '@tanstack/react-query';

import { api, unwrap } from '../../../lib/api-client';

type Schemas = components['schemas'];

/** One of an organisation's webhooks, as listed: never its secret. */
export type Webhook = Schemas['WebhookView'];
export type WebhookRequest = Schemas['WebhookRequest'];
export type WebhookEvent = Webhook['events'][number];

/** Every kind of event a webhook can be sent, in the server's order. */
export const webhookEvents: WebhookEvent[] = [
  'IDEA_SUBMITTED',
  'GATE_DECIDED',
  'REVISION_ASKED',
  'SCALE_PROPOSED',
  'TIME_BOX_ENDING',
  'TIME_BOX_ENDED',
  'SCREENING_OVERDUE',
  'SHELF_WOKE_UP',
  'BENEFIT_REVIEW_DUE',
  'COMMENT_ADDED',
  'MENTIONED',
  'ADOPTED',
];

export const webhookKeys = {
  all: (organisation: number) => ['admin', 'webhooks', organisation] as const,
  deliveries: (organisation: number, webhookId: number) =>
    ['admin', 'webhooks', organisation, webhookId, 'deliveries'] as const,
};

/** An organisation's webhooks, oldest first. */
export async function getWebhooks(organisation: number): Promise<Webhook[]> {
  return await unwrap(
    api.GET('/api/admin/organisations/{organisationId}/webhooks', {
      params: { path: { organisationId: organisation } },
    }),
  );
}

export const webhooksQueryOptions = (organisation: number) =>
  queryOptions({
    queryKey: webhookKeys.all(organisation),
    queryFn: () => getWebhooks(organisation),
  });

export function useWebhooks(organisation: number) {
  return useQuery(webhooksQueryOptions(organisation));
}
