import { Heading, Paragraph, Table, Tag } from '@digdir/designsystemet-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';

import { ErrorAlert } from '../../../components/ui/error-alert';
import { Loading } from '../../../components/ui/loading';
import { useFormat } from '../../../lib/format';
import { useWebhookDeliveries, type WebhookDelivery } from '../api/get-webhook-deliveries';
import type { Webhook } from '../api/get-webhooks';

/** A webhook's last 50 deliveries: event, idea, attempts, the last answer, and where it stands. */
export function DeliveryLog({ organisation, webhook }: { organisation: number; webhook: Webhook }) {
  const { t } = useTranslation();
  const id = useId();
  const deliveries = useWebhookDeliveries(organisation, webhook.id);
  return (
    <section className="stack" aria-labelledby={id}>
      <Heading level={3} data-size="xs" id={id}>
        {t('adminWebhooks.log.title', { url: webhook.url })}
      </Heading>
      {deliveries.isPending && <Loading />}
      {deliveries.isError && (
        <ErrorAlert
          title={t('adminWebhooks.loadFailed')}
          error={deliveries.error}
          headingLevel={4}
        />
      )}
      {deliveries.data?.length === 0 && <Paragraph>{t('adminWebhooks.log.empty')}</Paragraph>}
      {deliveries.data && deliveries.data.length > 0 && (
        <Table data-size="sm" zebra aria-labelledby={id}>
          <Table.Head>
            <Table.Row>
              <Table.HeaderCell scope="col">{t('adminWebhooks.log.event')}</Table.HeaderCell>
              <Table.HeaderCell scope="col">{t('adminWebhooks.log.idea')}</Table.HeaderCell>
              <Table.HeaderCell scope="col">{t('adminWebhooks.log.attempts')}</Table.HeaderCell>
              <Table.HeaderCell scope="col">{t('adminWebhooks.log.lastAnswer')}</Table.HeaderCell>
              <Table.HeaderCell scope="col">{t('adminWebhooks.log.state')}</Table.HeaderCell>
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {deliveries.data.map((delivery) => (
              <Table.Row key={delivery.id}>
                <Table.Cell>{t(`adminWebhooks.kinds.${delivery.event}`)}</Table.Cell>
                <Table.Cell>{delivery.ideaReference}</Table.Cell>
                <Table.Cell>{delivery.attempts}</Table.Cell>
                <Table.Cell>
                  {delivery.lastError ??
                    (delivery.lastStatus != null ? `HTTP ${String(delivery.lastStatus)}` : '–')}
                </Table.Cell>
                <Table.Cell>
                  <DeliveryState delivery={delivery} />
                </Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      )}
    </section>
  );
}

function DeliveryState({ delivery }: { delivery: WebhookDelivery }) {
  const { t } = useTranslation();
  const format = useFormat();
  if (delivery.deliveredAt) {
    return (
      <>
        <Tag data-size="sm" data-color="success">
          {t('adminWebhooks.log.delivered')}
        </Tag>{' '}
        <time dateTime={delivery.deliveredAt}>{format.dateTime(delivery.deliveredAt)}</time>
      </>
    );
  }
  if (delivery.gaveUpAt) {
    return (
      <>
        <Tag data-size="sm" data-color="danger">
          {t('adminWebhooks.log.gaveUp')}
        </Tag>{' '}
        <time dateTime={delivery.gaveUpAt}>{format.dateTime(delivery.gaveUpAt)}</time>
      </>
    );
  }
  return (
    <>
      <Tag data-size="sm" data-color="warning">
        {t('adminWebhooks.log.waiting')}
      </Tag>{' '}
      {delivery.nextAttemptAt && (
        <time dateTime={delivery.nextAttemptAt}>{format.dateTime(delivery.nextAttemptAt)}</time>
      )}
    </>
  );
}
