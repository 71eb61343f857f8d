import { Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';

import { ErrorAlert } from '../../../components/ui/error-alert';
import type { FullIdeaView } from '../../../lib/api-types';
import { useSetSupport } from '../api/support';

/** How many support the idea, and a toggle for the user's own support where they may give it. */
export function IdeaSupport({ idea }: { idea: FullIdeaView }) {
  const { t } = useTranslation();
  const headingId = useId();
  const support = useSetSupport(idea.id);
  const maySupport = idea.actions.some((action) => action.type === 'SUPPORT');
  return (
    <section className="idea-section panel" aria-labelledby={headingId}>
      <Heading level={2} data-size="sm" id={headingId}>
        {t('idea.support.title')}
      </Heading>
      <Paragraph aria-live="polite">{t('idea.support.count', { count: idea.supports })}</Paragraph>
      {support.isError && (
        <ErrorAlert title={t('common.error')} error={support.error} headingLevel={3} />
      )}
      {maySupport && (
        <div>
          <Button
            variant={idea.supportedByMe ? 'secondary' : 'primary'}
            aria-pressed={idea.supportedByMe}
            loading={support.isPending}
            onClick={() => {
              support.mutate(!idea.supportedByMe);
            }}
          >
            {idea.supportedByMe ? t('idea.support.withdraw') : t('idea.support.give')}
          </Button>
        </div>
      )}
    </section>
  );
}
