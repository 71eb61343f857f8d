import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';

import { RecordForm } from '../../../components/ui/record-form';
import { isSharing, sharingLevels, type FullIdeaView } from '../../../lib/api-types';
import { useShareIdea } from '../api/share-idea';

/**
 * How far the idea is shared, and for its lab lead the choice: its organisation only, the
 * region, or the public. Beyond the organisation it is published from its screening Go on.
 */
export function IdeaSharing({ idea }: { idea: FullIdeaView }) {
  const { t } = useTranslation();
  const headingId = useId();
  const share = useShareIdea(idea);
  if (!idea.actions.some((action) => action.type === 'SHARE')) {
    return null;
  }
  return (
    <section className="idea-section panel" aria-labelledby={headingId}>
      <Heading level={2} data-size="sm" id={headingId}>
        {t('idea.sharing.title')}
      </Heading>
      <Paragraph data-size="sm">{t('idea.sharing.help')}</Paragraph>
      <RecordForm
        key={`${idea.sharing}-${String(idea.version)}`}
        fields={[
          {
            name: 'sharing',
            label: t('idea.sharing.label'),
            kind: 'radio',
            required: true,
            options: sharingLevels.map((level) => ({
              value: level,
              label: t(`sharing.${level}`),
            })),
          },
        ]}
        initial={{ sharing: idea.sharing }}
        submitLabel={t('idea.sharing.save')}
        pending={share.isPending}
        error={share.error}
        onSubmit={(values) => {
          const chosen = values.sharing ?? '';
          if (isSharing(chosen)) share.mutate(chosen);
        }}
      />
    </section>
  );
}
