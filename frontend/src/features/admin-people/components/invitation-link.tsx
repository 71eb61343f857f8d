import { Alert, Button, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { useFormat } from '../../../lib/format';
import type { InvitationLink } from '../api/types';

/** The link for a person to set their password: shown once, with a button to copy it. */
export function InvitationLinkView({ name, link }: { name: string; link: InvitationLink }) {
  const { t } = useTranslation();
  const format = useFormat();
  const [copied, setCopied] = useState(false);
  return (
    <div className="stack">
      <Alert data-color="success">
        <Paragraph>{t('adminPeople.invitation.intro', { name })}</Paragraph>
      </Alert>
      <Textfield
        label={t('adminPeople.invitation.link')}
        description={t('adminPeople.invitation.once', { date: format.dateTime(link.expiresAt) })}
        value={link.url}
        readOnly
        onFocus={(event) => {
          event.target.select();
        }}
      />
      <div className="button-row">
        <Button
          type="button"
          variant="secondary"
          onClick={() => {
            void navigator.clipboard.writeText(link.url).then(() => {
              setCopied(true);
            });
          }}
        >
          {t('adminPeople.invitation.copy')}
        </Button>
        <span role="status">{copied ? t('adminPeople.invitation.copied') : ''}</span>
      </div>
    </div>
  );
}
