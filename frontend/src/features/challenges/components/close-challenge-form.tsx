import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';

import { RecordForm } from '../../../components/ui/record-form';
import { useCloseChallenge } from '../api/close-challenge';
import type { Challenge } from '../api/types';

/** Closes a challenge whose answers were reviewed, with a summary of what came of it. */
export function CloseChallengeForm({ challenge }: { challenge: Challenge }) {
  const { t } = useTranslation();
  const headingId = useId();
  const close = useCloseChallenge(challenge.id);
  return (
    <section className="idea-section" aria-labelledby={headingId}>
      <Heading level={2} data-size="sm" id={headingId}>
        {t('challenges.close')}
      </Heading>
      <Paragraph>{t('challenges.closeIntro')}</Paragraph>
      <RecordForm
        fields={[
          { name: 'summary', label: t('challenges.summary'), kind: 'multiline', required: true },
        ]}
        submitLabel={t('challenges.closeSubmit')}
        pending={close.isPending}
        error={close.error}
        onSubmit={(values) => {
          close.mutate({ summary: values.summary?.trim() ?? '', version: challenge.version });
        }}
      />
    </section>
  );
}
