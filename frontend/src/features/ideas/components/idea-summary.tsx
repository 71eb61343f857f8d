import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';

import type { IdeaView } from '../../../lib/api-types';

/** The idea in its submitter's words: the problem, the proposal, who benefits. */
export function IdeaSummary({ idea }: { idea: IdeaView }) {
  const { t } = useTranslation();
  const headingId = useId();
  return (
    <section className="idea-section panel" aria-labelledby={headingId}>
      <Heading level={2} data-size="sm" id={headingId}>
        {t('idea.summary')}
      </Heading>
      <Heading level={3} data-size="2xs">
        {t('idea.problem')}
      </Heading>
      <Paragraph className="prewrap">{idea.problem}</Paragraph>
      <Heading level={3} data-size="2xs">
        {t('idea.proposal')}
      </Heading>
      <Paragraph className="prewrap">{idea.proposal}</Paragraph>
      {idea.beneficiaries && (
        <>
          <Heading level={3} data-size="2xs">
            {t('idea.beneficiaries')}
          </Heading>
          <Paragraph className="prewrap">{idea.beneficiaries}</Paragraph>
        </>
      )}
    </section>
  );
}
