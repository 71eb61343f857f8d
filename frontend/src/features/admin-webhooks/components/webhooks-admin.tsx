import { Button, Heading, Paragraph, Table, Tag } from '@digdir/designsystemet-react';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { ConfirmDialog } from '../../../components/ui/confirm-dialog';
import { ErrorAlert } from '../../../components/ui/error-alert';
import { Loading } from '../../../components/ui/loading';
import { useFormat } from '../../../lib/format';
import { useAddWebhook } from '../api/add-webhook';
import { useChangeWebhook } from '../api/change-webhook';
import { useDeleteWebhook } from '../api/delete-webhook';
import { useWebhooks, type Webhook } from '../api/get-webhooks';

import { DeliveryLog } from './delivery-log';
import { WebhookDialog } from './webhook-dialog';

/**
 * An organisation's outbound webhooks: each with its events and state, to enable or disable,
 * delete (after a confirmation) or see its deliveries; and a button to add one.
 */
export function WebhooksAdmin({ organisation }: { organisation: number }) {
  const { t } = useTranslation();
  const format = useFormat();
  const id = useId();
  const webhooks = useWebhooks(organisation);
  const add = useAddWebhook(organisation);
  const change = useChangeWebhook(organisation);
  const [adding, setAdding] = useState(false);
  const [deleting, setDeleting] = useState<Webhook | null>(null);
  const [logOf, setLogOf] = useState<number | null>(null);
  const shown = webhooks.data?.find((webhook) => webhook.id === logOf);

  return (
    <section className="stack" aria-labelledby={`${id}-heading`}>
      <Heading level={2} data-size="sm" id={`${id}-heading`}>
        {t('adminWebhooks.listTitle')}
      </Heading>
      {change.isError && <ErrorAlert title={t('adminWebhooks.failed')} error={change.error} />}
      {webhooks.isPending && <Loading />}
      {webhooks.isError && (
        <ErrorAlert title={t('adminWebhooks.loadFailed')} error={webhooks.error} />
      )}
      {webhooks.data?.length === 0 && <Paragraph>{t('adminWebhooks.empty')}</Paragraph>}
      {webhooks.data && webhooks.data.length > 0 && (
        <Table data-size="sm" zebra aria-labelledby={`${id}-heading`}>
          <Table.Head>
            <Table.Row>
              <Table.HeaderCell scope="col">{t('adminWebhooks.url')}</Table.HeaderCell>
              <Table.HeaderCell scope="col">{t('adminWebhooks.events')}</Table.HeaderCell>
              <Table.HeaderCell scope="col">{t('adminWebhooks.state')}</Table.HeaderCell>
              <Table.HeaderCell scope="col">{t('adminWebhooks.actions')}</Table.HeaderCell>
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {webhooks.data.map((webhook) => (
              <Table.Row key={webhook.id}>
                <Table.HeaderCell scope="row" style={{ overflowWrap: 'anywhere' }}>
                  {webhook.url}
                </Table.HeaderCell>
                <Table.Cell>
                  {format.list(webhook.events.map((event) => t(`adminWebhooks.kinds.${event}`)))}
                </Table.Cell>
                <Table.Cell>
                  <Tag data-size="sm" data-color={webhook.enabled ? 'success' : 'neutral'}>
                    {t(webhook.enabled ? 'adminWebhooks.enabled' : 'adminWebhooks.disabled')}
                  </Tag>
                </Table.Cell>
                <Table.Cell>
                  <div className="button-row">
                    <Button
                      data-size="sm"
                      variant="tertiary"
                      aria-label={t(
                        webhook.enabled
                          ? 'adminWebhooks.disableNamed'
                          : 'adminWebhooks.enableNamed',
                        { url: webhook.url },
                      )}
                      onClick={() => {
                        change.mutate({
                          webhookId: webhook.id,
                          body: {
                            url: webhook.url,
                            events: webhook.events,
                            enabled: !webhook.enabled,
                          },
                        });
                      }}
                    >
                      {t(webhook.enabled ? 'adminWebhooks.disable' : 'adminWebhooks.enable')}
                    </Button>
                    <Button
                      data-size="sm"
                      variant="tertiary"
                      aria-pressed={logOf === webhook.id}
                      aria-label={t('adminWebhooks.deliveriesNamed', { url: webhook.url })}
                      onClick={() => {
                        setLogOf(logOf === webhook.id ? null : webhook.id);
                      }}
                    >
                      {t('adminWebhooks.deliveries')}
                    </Button>
                    <Button
                      data-size="sm"
                      variant="tertiary"
                      data-color="danger"
                      aria-label={t('adminWebhooks.deleteNamed', { url: webhook.url })}
                      onClick={() => {
                        setDeleting(webhook);
                      }}
                    >
                      {t('adminWebhooks.delete')}
                    </Button>
                  </div>
                </Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      )}
      <div className="button-row">
        <Button
          onClick={() => {
            add.reset();
            setAdding(true);
          }}
        >
          {t('adminWebhooks.add')}
        </Button>
      </div>
      {shown && <DeliveryLog organisation={organisation} webhook={shown} />}
      {adding && (
        <WebhookDialog
          pending={add.isPending}
          error={add.error}
          onSave={(request) => {
            add.mutate(request, {
              onSuccess: () => {
                setAdding(false);
              },
            });
          }}
          onClose={() => {
            setAdding(false);
          }}
        />
      )}
      {deleting && (
        <ConfirmDelete
          organisation={organisation}
          webhook={deleting}
          onClose={() => {
            setDeleting(null);
          }}
        />
      )}
    </section>
  );
}

interface ConfirmDeleteProps {
  organisation: number;
  webhook: Webhook;
  onClose: () => void;
}

function ConfirmDelete({ organisation, webhook, onClose }: ConfirmDeleteProps) {
  const { t } = useTranslation();
  const remove = useDeleteWebhook(organisation);
  return (
    <ConfirmDialog
      title={t('adminWebhooks.confirm.title')}
      text={t('adminWebhooks.confirm.text', { url: webhook.url })}
      confirm={t('adminWebhooks.confirm.delete')}
      failed={t('adminWebhooks.failed')}
      error={remove.error}
      pending={remove.isPending}
      onConfirm={() => {
        remove.mutate(webhook.id, { onSuccess: onClose });
      }}
      onClose={onClose}
    />
  );
}
