import { useTranslation } from 'react-i18next';

import { FormDialog } from '../../../components/ui/form-dialog';
import { RecordForm } from '../../../components/ui/record-form';
import { webhookEvents, type WebhookEvent, type WebhookRequest } from '../api/get-webhooks';

interface WebhookDialogProps {
  pending: boolean;
  error: unknown;
  onSave: (request: WebhookRequest) => void;
  onClose: () => void;
}

/** Adds a webhook: the address, the events sent there, and the secret that signs them. */
export function WebhookDialog({ pending, error, onSave, onClose }: WebhookDialogProps) {
  const { t } = useTranslation();
  return (
    <FormDialog title={t('adminWebhooks.addTitle')} onClose={onClose}>
      <RecordForm
        fields={[
          {
            name: 'url',
            label: t('adminWebhooks.url'),
            required: true,
            description: t('adminWebhooks.urlHint'),
          },
          {
            name: 'events',
            label: t('adminWebhooks.events'),
            kind: 'checkboxes',
            required: true,
            options: webhookEvents.map((event) => ({
              value: event,
              label: t(`adminWebhooks.kinds.${event}`),
            })),
          },
          {
            name: 'secret',
            label: t('adminWebhooks.secret'),
            kind: 'password',
            required: true,
            description: t('adminWebhooks.secretHint'),
          },
        ]}
        submitLabel={t('adminWebhooks.save')}
        pending={pending}
        error={error}
        onSubmit={(values) => {
          onSave({
            url: (values.url ?? '').trim(),
            events: (values.events ?? '')
              .split(',')
              .filter((event) => event !== '') as WebhookEvent[],
            secret: values.secret ?? '',
            enabled: true,
          });
        }}
        onCancel={onClose}
      />
    </FormDialog>
  );
}
