import { Button, Heading, Paragraph, Tag } from '@digdir/designsystemet-react';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { useAnnounce } from '../../../components/ui/announcer';
import { experimentOutcomeColours } from '../../../components/portfolio/portfolio-types';
import { QuerySection } from '../../../components/ui/query-section';
import { LearningCardView } from '../../../components/ui/learning-card-view';
import type { Experiment, IdeaView, OwnExperiment } from '../../../lib/api-types';
import { useFormat } from '../../../lib/format';
import { useExperiments } from '../api/get-experiments';

import { ResultDialog, TestCardDialog } from './experiment-forms';

const testCardParts = [
  ['hypothesis', 'hypothesis'],
  ['test', 'testDescription'],
  ['metric', 'metric'],
  ['criterion', 'criterion'],
] as const;

interface ExperimentCardProps {
  experiment: Experiment;
  /** Shown under the card: what the reader may do with it. */
  onEdit?: (() => void) | undefined;
  onRecordResult?: (() => void) | undefined;
  /** The currency of the idea's organisation, which budgets and costs are in. */
  currency: string;
}

function ExperimentCard({ experiment, onEdit, onRecordResult, currency }: ExperimentCardProps) {
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
          <Tag data-size="sm" data-color={experimentOutcomeColours[experiment.outcome]}>
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
                <dd>{format.money(experiment.budgetCap, currency)}</dd>
              </div>
            )}
            {experiment.costSpent !== null && (
              <div className="contents">
                <dt>{t('experiments.costSpent')}</dt>
                <dd>{format.money(experiment.costSpent, currency)}</dd>
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
      {(onEdit ?? onRecordResult) && (
        <div className="button-row">
          {onRecordResult && (
            <Button data-size="sm" onClick={onRecordResult}>
              {t('experiments.form.recordResultFor', { title: experiment.title })}
            </Button>
          )}
          {onEdit && (
            <Button data-size="sm" variant="secondary" onClick={onEdit}>
              {t('experiments.form.editFor', { title: experiment.title })}
            </Button>
          )}
        </div>
      )}
    </article>
  );
}

type Editing =
  | { kind: 'add' }
  | { kind: 'edit'; experiment: OwnExperiment }
  | { kind: 'result'; experiment: OwnExperiment };

/** A planned experiment of the reader's organisation (another's comes without its version). */
function changeable(experiment: Experiment): OwnExperiment | null {
  return experiment.status === 'PLANNED' && experiment.version !== null
    ? { ...experiment, version: experiment.version }
    : null;
}

/**
 * The idea's experiments: each a test card and, once run, its learning card. A lab lead may add
 * and edit test cards and record results, when the idea's actions say so.
 */
export function ExperimentList({ idea }: { idea: IdeaView }) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState<Editing | null>(null);
  const announce = useAnnounce();
  const may = (type: 'ADD_EXPERIMENT' | 'RECORD_RESULT') =>
    idea.actions.some((action) => action.type === type);
  const close = (saved: boolean) => {
    if (saved && editing) announce(t(`experiments.form.saved.${editing.kind}`));
    setEditing(null);
  };
  return (
    <QuerySection
      title={t('experiments.title')}
      query={useExperiments(idea.id)}
      empty={t('experiments.empty')}
      itemKey={(experiment) => experiment.id}
      renderItem={(experiment) => {
        const own = changeable(experiment);
        return (
          <ExperimentCard
            currency={idea.currency}
            experiment={experiment}
            onEdit={
              own && may('ADD_EXPERIMENT')
                ? () => {
                    setEditing({ kind: 'edit', experiment: own });
                  }
                : undefined
            }
            onRecordResult={
              own && may('RECORD_RESULT')
                ? () => {
                    setEditing({ kind: 'result', experiment: own });
                  }
                : undefined
            }
          />
        );
      }}
    >
      {may('ADD_EXPERIMENT') && (
        <Button
          variant="secondary"
          onClick={() => {
            setEditing({ kind: 'add' });
          }}
        >
          {t('experiments.form.add')}
        </Button>
      )}
      {editing?.kind === 'add' && <TestCardDialog idea={idea} onClose={close} />}
      {editing?.kind === 'edit' && (
        <TestCardDialog idea={idea} experiment={editing.experiment} onClose={close} />
      )}
      {editing?.kind === 'result' && (
        <ResultDialog idea={idea} experiment={editing.experiment} onClose={close} />
      )}
    </QuerySection>
  );
}
