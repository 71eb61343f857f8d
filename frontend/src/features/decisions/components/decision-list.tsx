import { Heading, Paragraph, Tag } from '@digdir/designsystemet-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';

import { QuerySection } from '../../../components/ui/query-section';
import { LearningCardView } from '../../../components/ui/learning-card-view';
import { asOutcome } from '../../../hooks/use-gate-labels';
import type { GateDecision, Outcome } from '../../../lib/api-types';
import { useFormat } from '../../../lib/format';
import { useDecisions } from '../api/get-decisions';

import { scoreNames } from './decision-fields';

const outcomeColors = {
  GO: 'success',
  KILL: 'danger',
  HOLD: 'warning',
  RECYCLE: 'info',
} as const satisfies Record<Outcome, string>;

function Decision({ decision, currency }: { decision: GateDecision; currency: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const headingId = useId();
  const scored = scoreNames.filter((name) => decision[name] !== null);
  const recommended = decision.recommendation ? asOutcome(decision.recommendation) : undefined;
  return (
    <article className="panel stack" aria-labelledby={headingId}>
      <Heading level={3} data-size="2xs" id={headingId}>
        {t('decisions.heading', {
          gate: t(`gates.${decision.gate}`),
          outcome: t(`outcomes.${decision.outcome}`),
        })}{' '}
        {/* The heading says the outcome; the tag only shows it, so it is not read twice. */}
        <Tag data-size="sm" data-color={outcomeColors[decision.outcome]} aria-hidden="true">
          {t(`outcomes.${decision.outcome}`)}
        </Tag>
      </Heading>
      <Paragraph data-size="xs" className="muted">
        {/* Another organisation's reader is not told who decided. */}
        {decision.decidedBy !== null && decision.decidedAs !== null
          ? t('decisions.decidedBy', {
              name: decision.decidedByName ?? decision.decidedBy,
              role: t(`roles.${decision.decidedAs}`),
              date: format.dateTime(decision.decidedAt),
            })
          : t('decisions.decidedOn', { date: format.dateTime(decision.decidedAt) })}
      </Paragraph>
      <dl className="facts">
        {decision.rationale && (
          <div className="contents">
            <dt>{t('decisions.rationale')}</dt>
            <dd className="prewrap">{decision.rationale}</dd>
          </div>
        )}
        {decision.conditions && (
          <div className="contents">
            <dt>{t('decisions.conditions')}</dt>
            <dd className="prewrap">{decision.conditions}</dd>
          </div>
        )}
        {scored.map((name) => (
          <div className="contents" key={name}>
            <dt>{t(`scores.${name}`)}</dt>
            <dd>{format.number(decision[name] ?? 0)}</dd>
          </div>
        ))}
        {recommended && (
          <div className="contents">
            <dt>{t('decisions.rubric')}</dt>
            <dd>{t('decisions.recommendation', { outcome: t(`outcomes.${recommended}`) })}</dd>
          </div>
        )}
        {decision.budget !== null && (
          <div className="contents">
            <dt>{t('decisions.budget')}</dt>
            <dd>{format.money(decision.budget, currency)}</dd>
          </div>
        )}
        {decision.receivingUnit && (
          <div className="contents">
            <dt>{t('decisions.receivingUnit')}</dt>
            <dd>{decision.receivingUnit}</dd>
          </div>
        )}
        {decision.timeBoxEndsAt && (
          <div className="contents">
            <dt>{t('decisions.timeBoxEndsAt')}</dt>
            <dd>{format.date(decision.timeBoxEndsAt)}</dd>
          </div>
        )}
        {decision.wakeUpAt && (
          <div className="contents">
            <dt>{t('decisions.wakeUpAt')}</dt>
            <dd>{format.date(decision.wakeUpAt)}</dd>
          </div>
        )}
      </dl>
      {decision.learningCard && <LearningCardView card={decision.learningCard} headingLevel={4} />}
    </article>
  );
}

/**
 * The gate decisions taken on the idea, oldest first; they are never changed. Budgets are in the
 * currency of the idea's organisation.
 */
export function DecisionList({ ideaId, currency }: { ideaId: number; currency: string }) {
  const { t } = useTranslation();
  return (
    <QuerySection
      title={t('decisions.title')}
      query={useDecisions(ideaId)}
      empty={t('decisions.empty')}
      ordered
      itemKey={(decision) => decision.id}
      renderItem={(decision) => <Decision decision={decision} currency={currency} />}
    />
  );
}
