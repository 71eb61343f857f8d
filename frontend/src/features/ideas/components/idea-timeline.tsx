import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';

import { asGate, asOutcome, useGateLabels } from '../../../hooks/use-gate-labels';
import { useStageLabel } from '../../../hooks/use-stage-label';
import { isSharing, type IdeaView, type TimelineEntry } from '../../../lib/api-types';
import { useFormat } from '../../../lib/format';

const knownEvents = [
  'IDEA_CREATED',
  'IDEA_EDITED',
  'CO_AUTHORS_NAMED',
  'IDEA_SUBMITTED',
  'IDEA_RESUBMITTED',
  'IDEA_WITHDRAWN',
  'IDEA_SHARED',
  'IDEA_ADOPTED',
  'PARTNERS_NAMED',
  'PARTNER_DECIDED',
  'REGION_COMMENT_ADDED',
  'COMMENT_ADDED',
  'SUPPORT_GIVEN',
  'SUPPORT_WITHDRAWN',
  'STAGE_ENTERED',
  'EXPERIMENT_ADDED',
  'EXPERIMENT_EDITED',
  'EXPERIMENT_RESULT_RECORDED',
  'IMPACT_TARGET_SET',
  'IMPACT_BASELINE_SET',
  'BENEFIT_MEASURED',
  'GATE_DECIDED',
  'SCREENING_OVERDUE',
  'TIME_BOX_ENDING',
  'TIME_BOX_ENDED',
  'SHELF_WOKE_UP',
  'BENEFIT_REVIEW_DUE',
] as const;
type KnownEvent = (typeof knownEvents)[number];

function isExperimentOutcome(value: string): value is 'VALIDATED' | 'INVALIDATED' | 'INCONCLUSIVE' {
  return ['VALIDATED', 'INVALIDATED', 'INCONCLUSIVE'].includes(value);
}

function isKnownEvent(action: string): action is KnownEvent {
  return (knownEvents as readonly string[]).includes(action);
}

/** Everything that happened to the idea, oldest first. */
export function IdeaTimeline({ idea }: { idea: IdeaView }) {
  const { t } = useTranslation();
  const format = useFormat();
  const stageLabel = useStageLabel();
  const labels = useGateLabels();
  const headingId = useId();

  function details(entry: TimelineEntry): string | null {
    if (!entry.details) return null;
    if (entry.action === 'STAGE_ENTERED') return stageLabel(entry.details);
    if (entry.action === 'IDEA_SHARED' && isSharing(entry.details)) {
      return t(`sharing.${entry.details}`);
    }
    if (entry.action === 'GATE_DECIDED') {
      // "SCREENING GO": the gate and the outcome.
      const [gate = '', outcome = ''] = entry.details.split(' ');
      if (asGate(gate) && asOutcome(outcome)) {
        return t('decisions.heading', {
          gate: labels.gate(gate),
          outcome: labels.outcome(outcome),
        });
      }
    }
    if (entry.action === 'EXPERIMENT_RESULT_RECORDED' && isExperimentOutcome(entry.details)) {
      return t(`experiments.outcome.${entry.details}`);
    }
    return entry.details;
  }

  return (
    <section className="idea-section panel" aria-labelledby={headingId}>
      <Heading level={2} data-size="sm" id={headingId}>
        {t('idea.timeline')}
      </Heading>
      {idea.timeline.length === 0 ? (
        <Paragraph>{t('idea.timelineEmpty')}</Paragraph>
      ) : (
        <ol className="plain-list timeline">
          {idea.timeline.map((entry, index) => {
            const text = details(entry);
            return (
              <li key={`${entry.at}-${String(index)}`}>
                <Paragraph data-size="sm">
                  <strong>
                    {isKnownEvent(entry.action) ? t(`idea.events.${entry.action}`) : entry.action}
                  </strong>
                  {text && (
                    <>
                      <br />
                      {text}
                    </>
                  )}
                </Paragraph>
                <Paragraph data-size="xs" className="muted">
                  <time dateTime={entry.at}>{format.dateTime(entry.at)}</time>{' '}
                  {t('idea.byActor', {
                    actor: entry.actor === 'system' ? t('idea.system') : entry.actor,
                  })}
                </Paragraph>
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
