import { Heading, Paragraph, Tag } from '@digdir/designsystemet-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';

import { QuerySection } from '../../../components/ui/query-section';
import { LearningCardView } from '../../../components/ui/learning-card-view';
import type { Experiment } from '../../../lib/api-types';
import { useFormat } from '../../../lib/format';
import { useExperiments } from '../api/get-experiments';

const outcomeColors = {
  VALIDATED: 'success',
  INVALIDATED: 'danger',
  INCONCLUSIVE: 'warning',
} as const;
const testCardParts = [
  ['hypothesis', 'hypothesis'],
  ['test', 'testDescription'],
  ['metric', 'metric'],
  ['criterion', 'criterion'],
] as const;

function ExperimentCard({ experiment }: { experiment: Experiment }) {
  const { t } = useTranslation();
  const format = useFormat();
  const headingId = useId();
  const testCardId = useId();
  return (
    <article className="panel stack" aria-labelledby={headingId}>
      <Heading level={3} data-size="xs" id={headingId}>
        {experiment.title}
      </Heading>
      <p className="tag-list">
        <Tag data-size="sm" data-color="neutral">
          {t(`experiments.status.${experiment.status}`)}
        </Tag>
        {experiment.outcome && (
          <Tag data-size="sm" data-color={outcomeColors[experiment.outcome]}>
            {t(`experiments.outcome.${experiment.outcome}`)}
          </Tag>
        )}
      </p>
      <div className="card-pair">
        <section aria-labelledby={testCardId}>
          <Heading level={4} data-size="2xs" id={testCardId}>
            {t('experiments.testCard')}
          </Heading>
          <dl className="facts">
            {testCardParts.map(([label, field]) => (
              <div className="contents" key={field}>
                <dt>{t(`experiments.${label}`)}</dt>
                <dd className="prewrap">{experiment[field]}</dd>
              </div>
            ))}
            {experiment.testGroup && (
              <div className="contents">
                <dt>{t('experiments.testGroup')}</dt>
                <dd>{experiment.testGroup}</dd>
              </div>
            )}
            {experiment.partners && (
              <div className="contents">
                <dt>{t('experiments.partners')}</dt>
                <dd>{experiment.partners}</dd>
              </div>
            )}
            {experiment.budgetCap !== null && (
              <div className="contents">
                <dt>{t('experiments.budgetCap')}</dt>
                <dd>{format.number(experiment.budgetCap)}</dd>
              </div>
            )}
          </dl>
          {experiment.timeBoxDays !== null && (
            <Paragraph data-size="sm">
              {t('experiments.timeBoxDays', { count: experiment.timeBoxDays })}
            </Paragraph>
          )}
        </section>
        {experiment.learningCard && (
          <div>
            {experiment.result && (
              <Paragraph data-size="sm">
                <strong>{t('experiments.result')}</strong> {experiment.result}
              </Paragraph>
            )}
            <LearningCardView card={experiment.learningCard} headingLevel={4} />
          </div>
        )}
      </div>
    </article>
  );
}

/** The idea's experiments: each a test card and, once run, its learning card. */
export function ExperimentList({ ideaId }: { ideaId: number }) {
  const { t } = useTranslation();
  return (
    <QuerySection
      title={t('experiments.title')}
      query={useExperiments(ideaId)}
      empty={t('experiments.empty')}
      itemKey={(experiment) => experiment.id}
      renderItem={(experiment) => <ExperimentCard experiment={experiment} />}
    />
  );
}
