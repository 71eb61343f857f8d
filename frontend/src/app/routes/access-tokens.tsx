import { Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { AccessTokenList } from '../../features/access-tokens/components/access-token-list';
import { CreateAccessTokenDialog } from '../../features/access-tokens/components/create-access-token-dialog';
import { useDocumentTitle } from '../../hooks/use-document-title';

/** A person's own access tokens for scripts and integrations: make, list, revoke. */
export function AccessTokensRoute() {
  const { t } = useTranslation();
  useDocumentTitle(t('accessTokens.title'));
  const [creating, setCreating] = useState(false);
  return (
    <div className="narrow stack">
      <Heading level={1} data-size="xl">
        {t('accessTokens.title')}
      </Heading>
      <Paragraph>{t('accessTokens.intro')}</Paragraph>
      <div className="button-row">
        <Button
          onClick={() => {
            setCreating(true);
          }}
        >
          {t('accessTokens.create')}
        </Button>
      </div>
      <AccessTokenList />
      {creating && (
        <CreateAccessTokenDialog
          onClose={() => {
            setCreating(false);
          }}
        />
      )}
    </div>
  );
}
