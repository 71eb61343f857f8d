import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';

import { ExperimentOutcomes } from '../../../components/portfolio/experiment-outcomes';
import type { PortfolioExperiment } from '../../../components/portfolio/portfolio-types';
import { useFormat } from '../../../lib/format';
import type { PilotEvidence as Evidence } from '../api/get-catalogue-entry';

const checklistItems = [
  'dataProtection',
  'accessibility',
  'procurement',
  'licence',
  'serviceOwner',
] as const;

function isChecklistItem(item: string): item is (typeof checklistItems)[number] {
  return (checklistItems as readonly string[]).includes(item);
}

/**
 * A pilot's evidence: what it set out to do, its test cards with their results and learning
 * cards, its impact targets against what was measured, the scale checklist and the receiving
 * unit.
 */
export function PilotEvidence({ evidence }: { evidence: Evidence }) {
  const { t } = useTranslation();
  const format = useFormat();
  const checklistLabel = (item: string) =>
    isChecklistItem(item) ? t(`catalogue.checklistItem.${item}`) : item;
  return (
    <>
      <section className="idea-section" aria-labelledby="pilot-problem">
        <Heading level={2} data-size="sm" id="pilot-problem">
          {t('catalogue.problem')}
        </Heading>
        <Paragraph className="prewrap">{evidence.problem}</Paragraph>
        <Heading level={2} data-size="sm">
          {t('catalogue.proposal')}
        </Heading>
        <Paragraph className="prewrap">{evidence.proposal}</Paragraph>
      </section>
      <section className="idea-section" aria-labelledby="pilot-tests">
        <Heading level={2} data-size="sm" id="pilot-tests">
          {t('catalogue.tests')}
        </Heading>
        <ExperimentOutcomes
          experiments={evidence.experiments as PortfolioExperiment[]}
          headingLevel={3}
        />
      </section>
      <section className="idea-section" aria-labelledby="pilot-impact">
        <Heading level={2} data-size="sm" id="pilot-impact">
          {t('catalogue.impact')}
        </Heading>
        {evidence.targets.length === 0 ? (
          <Paragraph data-size="sm">{t('catalogue.noTargets')}</Paragraph>
        ) : (
          <ul className="plain-list">
            {evidence.targets.map((target) => (
              <li key={target.metric} className="panel">
                <Heading level={3} data-size="2xs">
                  {target.metric}
                </Heading>
                <dl className="facts">
                  <dt>{t('catalogue.baseline')}</dt>
                  <dd>
                    {target.baseline === null
                      ? t('catalogue.notMeasured')
                      : `${format.number(target.baseline)} ${target.unit}`}
                  </dd>
                  <dt>{t('catalogue.target')}</dt>
                  <dd>{`${format.number(target.target)} ${target.unit}`}</dd>
                  <dt>{t('catalogue.measured')}</dt>
                  <dd>
                    {target.measurements.length === 0
                      ? t('catalogue.notMeasured')
                      : format.list(
                          target.measurements.map(
                            (m) =>
                              `${format.number(m.value)} ${target.unit} (${format.date(m.measuredOn)})`,
                          ),
                        )}
                  </dd>
                </dl>
                {target.reached && <Paragraph data-size="sm">{t('catalogue.reached')}</Paragraph>}
              </li>
            ))}
          </ul>
        )}
      </section>
      <section className="idea-section" aria-labelledby="pilot-scale">
        <Heading level={2} data-size="sm" id="pilot-scale">
          {t('catalogue.scale')}
        </Heading>
        <dl className="facts">
          <dt>{t('catalogue.receivingUnit')}</dt>
          <dd>{evidence.receivingUnit ?? t('catalogue.notDecided')}</dd>
          <dt>{t('catalogue.checklist')}</dt>
          <dd>
            {evidence.checklist.length === 0
              ? t('catalogue.notDecided')
              : format.list(evidence.checklist.map((item) => checklistLabel(item)))}
          </dd>
        </dl>
      </section>
    </>
  );
}
