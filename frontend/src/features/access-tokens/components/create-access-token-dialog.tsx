import { Alert, Button, Heading, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { FormDialog } from '../../../components/ui/form-dialog';
import { RecordForm, type FieldSpec } from '../../../components/ui/record-form';
import { useUser } from '../../../lib/auth';
import {
  useCreateAccessToken,
  type AccessTokenScope,
  type CreatedAccessToken,
} from '../api/create-access-token';

/** The longest a token may live, as the server allows: a year from today. */
const MAXIMUM_DAYS = 366;

function toScope(value: string | undefined): AccessTokenScope {
  return value === 'READ_WRITE' || value === 'SCIM' ? value : 'READ';
}

function daysFromToday(days: number): string {
  const date = new Date();
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/**
 * Makes an access token: name, scope and last day; then shows the token once, with a button
 * that copies it.
 */
export function CreateAccessTokenDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const create = useCreateAccessToken();
  const [created, setCreated] = useState<CreatedAccessToken | null>(null);
  // An admin may also make their organisation's directory a SCIM token; the server decides.
  const { data: user } = useUser();
  const mayProvision = user?.roles.some((role) => role === 'ADMIN' || role === 'REGION_ADMIN');
  const fields: FieldSpec[] = [
    { name: 'name', label: t('accessTokens.form.name'), required: true },
    {
      name: 'scope',
      label: t('accessTokens.form.scope'),
      kind: 'radio',
      required: true,
      options: [
        { value: 'READ', label: t('accessTokens.scopes.READ') },
        { value: 'READ_WRITE', label: t('accessTokens.scopes.READ_WRITE') },
        ...(mayProvision ? [{ value: 'SCIM', label: t('accessTokens.scopes.SCIM') }] : []),
      ],
    },
    {
      name: 'expiresOn',
      label: t('accessTokens.form.expiresOn'),
      description: t('accessTokens.form.expiresOnHint'),
      kind: 'date',
      required: true,
    },
  ];
  return (
    <FormDialog title={t('accessTokens.form.title')} onClose={onClose}>
      {created ? (
        <ShownOnce created={created} onDone={onClose} />
      ) : (
        <RecordForm
          fields={fields}
          initial={{ scope: 'READ', expiresOn: daysFromToday(90) }}
          submitLabel={t('accessTokens.form.submit')}
          pending={create.isPending}
          error={create.error}
          onSubmit={(values) => {
            create.mutate(
              {
                name: values.name ?? '',
                scope: toScope(values.scope),
                expiresOn: values.expiresOn ?? daysFromToday(MAXIMUM_DAYS),
              },
              { onSuccess: setCreated },
            );
          }}
          onCancel={onClose}
        />
      )}
    </FormDialog>
  );
}

function ShownOnce({ created, onDone }: { created: CreatedAccessToken; onDone: () => void }) {
  const { t } = useTranslation();
  const [copied, setCopied] = useState(false);
  return (
    <div className="stack">
      <Alert data-color="warning">
        <Heading level={3} data-size="xs">
          {t('accessTokens.created.title', { name: created.accessToken.name })}
        </Heading>
        <Paragraph>{t('accessTokens.created.once')}</Paragraph>
      </Alert>
      <Textfield label={t('accessTokens.created.token')} value={created.token} readOnly />
      <div className="button-row">
        <Button
          variant="secondary"
          onClick={() => {
            void navigator.clipboard.writeText(created.token).then(() => {
              setCopied(true);
            });
          }}
        >
          {copied ? t('accessTokens.created.copied') : t('accessTokens.created.copy')}
        </Button>
        <Button onClick={onDone}>{t('accessTokens.created.done')}</Button>
      </div>
    </div>
  );
}
