import { Button, Heading, Paragraph, Table } from '@digdir/designsystemet-react';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { ConfirmDialog } from '../../../components/ui/confirm-dialog';
import { ErrorAlert } from '../../../components/ui/error-alert';
import { Loading } from '../../../components/ui/loading';
import { useFormat } from '../../../lib/format';
import { useAccessTokens, type AccessToken } from '../api/get-access-tokens';
import { useRevokeAccessToken } from '../api/revoke-access-token';

/** The person's tokens: name, scope, expiry, last use; each revoked after a confirmation. */
export function AccessTokenList() {
  const { t } = useTranslation();
  const format = useFormat();
  const headingId = useId();
  const tokens = useAccessTokens();
  const [revoking, setRevoking] = useState<AccessToken | null>(null);
  return (
    <section aria-labelledby={headingId}>
      <Heading level={2} data-size="sm" id={headingId}>
        {t('accessTokens.listTitle')}
      </Heading>
      {tokens.isPending && <Loading />}
      {tokens.isError && (
        <ErrorAlert title={t('common.error')} error={tokens.error} headingLevel={3} />
      )}
      {tokens.data?.length === 0 && <Paragraph>{t('accessTokens.empty')}</Paragraph>}
      {tokens.data && tokens.data.length > 0 && (
        <Table data-size="sm" zebra aria-labelledby={headingId}>
          <Table.Head>
            <Table.Row>
              <Table.HeaderCell>{t('accessTokens.columns.name')}</Table.HeaderCell>
              <Table.HeaderCell>{t('accessTokens.columns.scope')}</Table.HeaderCell>
              <Table.HeaderCell>{t('accessTokens.columns.expiresAt')}</Table.HeaderCell>
              <Table.HeaderCell>{t('accessTokens.columns.lastUsedAt')}</Table.HeaderCell>
              <Table.HeaderCell>{t('accessTokens.columns.actions')}</Table.HeaderCell>
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {tokens.data.map((token) => (
              <Table.Row key={token.id}>
                <Table.Cell>{token.name}</Table.Cell>
                <Table.Cell>{t(`accessTokens.scopes.${token.scope}`)}</Table.Cell>
                <Table.Cell>
                  <time dateTime={token.expiresAt}>{format.date(token.expiresAt)}</time>
                </Table.Cell>
                <Table.Cell>
                  {token.lastUsedAt ? (
                    <time dateTime={token.lastUsedAt}>{format.dateTime(token.lastUsedAt)}</time>
                  ) : (
                    t('accessTokens.neverUsed')
                  )}
                </Table.Cell>
                <Table.Cell>
                  <Button
                    data-size="sm"
                    variant="secondary"
                    data-color="danger"
                    aria-label={t('accessTokens.revokeNamed', { name: token.name })}
                    onClick={() => {
                      setRevoking(token);
                    }}
                  >
                    {t('accessTokens.revoke')}
                  </Button>
                </Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      )}
      {revoking && (
        <ConfirmRevoke
          token={revoking}
          onClose={() => {
            setRevoking(null);
          }}
        />
      )}
    </section>
  );
}

function ConfirmRevoke({ token, onClose }: { token: AccessToken; onClose: () => void }) {
  const { t } = useTranslation();
  const revoke = useRevokeAccessToken();
  return (
    <ConfirmDialog
      title={t('accessTokens.confirm.title', { name: token.name })}
      text={t('accessTokens.confirm.text')}
      confirm={t('accessTokens.confirm.revoke')}
      failed={t('accessTokens.confirm.failed')}
      error={revoke.error}
      pending={revoke.isPending}
      onConfirm={() => {
        revoke.mutate(token.id, { onSuccess: onClose });
      }}
      onClose={onClose}
    />
  );
}
