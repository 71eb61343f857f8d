import { Heading, Paragraph, Tag } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';

import { LearningCardView } from '../ui/learning-card-view';

import { experimentOutcomeColours, type PortfolioExperiment } from './portfolio-types';

/**
 * An idea's experiments as the public and the lessons library see them: what was tested, how it
 * came out and what it taught.
 */
export function ExperimentOutcomes({
  experiments,
  headingLevel,
}: {
  experiments: PortfolioExperiment[];
  headingLevel: 2 | 3;
}) {
  const { t } = useTranslation();
  if (experiments.length === 0) {
    return <Paragraph data-size="sm">{t('portfolio.noExperiments')}</Paragraph>;
  }
  return (
    <ul className="plain-list">
      {experiments.map((experiment, index) => (
        <li key={`${experiment.title}-${String(index)}`} className="panel">
          <Heading level={headingLevel} data-size="2xs">
            {experiment.title}
          </Heading>
          <Paragraph data-size="sm">{experiment.hypothesis}</Paragraph>
          {experiment.outcome ? (
            <Tag data-color={experimentOutcomeColours[experiment.outcome]} data-size="sm">
              {t(`experiments.outcome.${experiment.outcome}`)}
            </Tag>
          ) : (
            <Tag data-color="neutral" data-size="sm">
              {t('experiments.status.PLANNED')}
            </Tag>
          )}
          {experiment.result && <Paragraph data-size="sm">{experiment.result}</Paragraph>}
          {experiment.learningCard && (
            <LearningCardView
              card={experiment.learningCard}
              headingLevel={headingLevel === 2 ? 3 : 4}
            />
          )}
        </li>
      ))}
    </ul>
  );
}
