import { Heading, Paragraph, Tag } from '@digdir/designsystemet-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';

import { ExperimentOutcomes } from '../../../components/portfolio/experiment-outcomes';
import { useGateLabels } from '../../../hooks/use-gate-labels';
import { LearningCardView } from '../../../components/ui/learning-card-view';
import { useStageLabel } from '../../../hooks/use-stage-label';
import { useFormat } from '../../../lib/format';
import type { PublicIdea } from '../api/get-public-ideas';

/** A public idea: its purpose, where it is, what its experiments showed and the gates' outcomes. */
export function PublicIdeaDetails({ idea }: { idea: PublicIdea }) {
  const { t } = useTranslation();
  const format = useFormat();
  const stageLabel = useStageLabel();
  const labels = useGateLabels();
  const experimentsId = useId();
  const decisionsId = useId();
  const lessons = idea.decisions.filter((decision) => decision.learningCard !== null);
  return (
    <>
      <Tag data-color={idea.stage === 'stopped' ? 'warning' : 'info'}>{stageLabel(idea.stage)}</Tag>
      <dl className="facts">
        <dt>{t('publicPortfolio.problem')}</dt>
        <dd className="prewrap">{idea.problem}</dd>
        <dt>{t('publicPortfolio.proposal')}</dt>
        <dd className="prewrap">{idea.proposal}</dd>
        <dt>{t('publicPortfolio.organisationLabel')}</dt>
        <dd>
          {idea.organisation}
          {idea.department ? `, ${idea.department}` : ''}
        </dd>
        {idea.themes.length > 0 && (
          <>
            <dt>{t('publicPortfolio.themes')}</dt>
            <dd>{idea.themes.join(', ')}</dd>
          </>
        )}
        {idea.submittedAt && (
          <>
            <dt>{t('publicPortfolio.submitted')}</dt>
            <dd>{format.date(idea.submittedAt)}</dd>
          </>
        )}
        {idea.submitter && (
          <>
            <dt>{t('publicPortfolio.submitter')}</dt>
            <dd>{idea.submitter}</dd>
          </>
        )}
      </dl>
      <section className="idea-section" aria-labelledby={experimentsId}>
        <Heading level={2} data-size="sm" id={experimentsId}>
          {t('publicPortfolio.experiments')}
        </Heading>
        <ExperimentOutcomes experiments={idea.experiments} headingLevel={3} />
      </section>
      <section className="idea-section" aria-labelledby={decisionsId}>
        <Heading level={2} data-size="sm" id={decisionsId}>
          {t('publicPortfolio.decisions')}
        </Heading>
        {idea.decisions.length === 0 ? (
          <Paragraph data-size="sm">{t('publicPortfolio.noDecisions')}</Paragraph>
        ) : (
          <ol className="plain-list">
            {idea.decisions.map((decision, index) => (
              <li key={`${decision.gate}-${String(index)}`}>
                <time dateTime={decision.decidedAt}>{format.date(decision.decidedAt)}</time>{' '}
                {labels.gate(decision.gate)}: {labels.outcome(decision.outcome)}
              </li>
            ))}
          </ol>
        )}
        {lessons.map(
          (decision) =>
            decision.learningCard && (
              <LearningCardView
                key={decision.decidedAt}
                card={decision.learningCard}
                headingLevel={3}
              />
            ),
        )}
      </section>
    </>
  );
}
