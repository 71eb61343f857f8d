import {
  Alert,
  Button,
  Checkbox,
  Fieldset,
  Paragraph,
  Radio,
  Select,
  Field,
  Label,
  ValidationMessage,
  Textfield,
} from '@digdir/designsystemet-react';
import { useId, useState, type SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';

import { ErrorAlert } from '../../../components/ui/error-alert';
import { FormDialog } from '../../../components/ui/form-dialog';
import { FormErrorSummary, type FormError } from '../../../components/ui/form-error-summary';
import { isApiError } from '../../../lib/api-error';
import type {
  DecisionRequest,
  IdeaAction,
  IdeaView,
  Outcome,
  Scores,
} from '../../../lib/api-types';
import { useCreateDecision } from '../api/create-decision';
import { useRecommendation } from '../api/get-recommendation';

const scoreNames = ['strategicFit', 'citizenValue', 'feasibility', 'novelty'] as const;
const learningParts = ['believed', 'observed', 'learned', 'therefore'] as const;
const checklistItems = [
  'dataProtection',
  'accessibility',
  'procurement',
  'licence',
  'serviceOwner',
] as const;
const knownOutcomes: readonly string[] = ['GO', 'KILL', 'HOLD', 'RECYCLE'];

interface Values {
  rationale: string;
  scores: Record<(typeof scoreNames)[number], string>;
  learningCard: Record<(typeof learningParts)[number], string>;
  budget: string;
  receivingUnit: string;
  checklist: Record<(typeof checklistItems)[number], boolean>;
  timeBoxEndsAt: string;
  wakeUpAt: string;
}

const empty: Values = {
  rationale: '',
  scores: { strategicFit: '', citizenValue: '', feasibility: '', novelty: '' },
  learningCard: { believed: '', observed: '', learned: '', therefore: '' },
  budget: '',
  receivingUnit: '',
  checklist: {
    dataProtection: false,
    accessibility: false,
    procurement: false,
    licence: false,
    serviceOwner: false,
  },
  timeBoxEndsAt: '',
  wakeUpAt: '',
};

/** The end of the chosen day where the user is, as the instant the API expects. */
function endOfDay(date: string): string {
  return new Date(`${date}T23:59:59`).toISOString();
}

function completeScores(values: Values): Scores | null {
  const numbers = scoreNames.map((name) => Number(values.scores[name]));
  if (numbers.some((value) => !Number.isInteger(value) || value < 1)) {
    return null;
  }
  const [strategicFit = 0, citizenValue = 0, feasibility = 0, novelty = 0] = numbers;
  return { strategicFit, citizenValue, feasibility, novelty };
}

interface DecisionDialogProps {
  /** The idea decided on, as its page or its board card knows it. */
  idea: Pick<IdeaView, 'id' | 'reference' | 'title' | 'version'>;
  /** A DECIDE action: its gate and the outcomes allowed, each with the fields it needs. */
  action: IdeaAction;
  onClose: () => void;
  /** Called once the decision is recorded (before onClose). */
  onDecided?: () => void;
}

/**
 * Takes a gate decision. The user picks an outcome among those the gate allows; the form then
 * asks for exactly the fields that outcome needs at this gate, as the server lists them.
 */
export function DecisionDialog({ idea, action, onClose, onDecided }: DecisionDialogProps) {
  const { t } = useTranslation();
  const id = useId();
  const decide = useCreateDecision(idea.id);
  const [outcome, setOutcome] = useState<Outcome | null>(
    action.outcomes.length === 1 ? (action.outcomes[0]?.outcome ?? null) : null,
  );
  const [values, setValues] = useState<Values>(empty);
  const fields = new Set(action.outcomes.find((option) => option.outcome === outcome)?.fields);
  const gate = action.gate ? t(`gates.${action.gate}`) : '';
  const scores = fields.has('scores') ? completeScores(values) : null;
  const recommendation = useRecommendation(scores);
  const serverErrors =
    decide.error && isApiError(decide.error, 400) ? decide.error.errorsByField() : {};

  const fieldId = (name: string) => `${id}-${name.replace(/\W/g, '-')}`;
  const error = (name: string) => serverErrors[name];

  const labels: Record<string, string> = {
    outcome: t('decisions.dialog.outcome'),
    rationale: t('decisions.dialog.rationale'),
    budget: t('decisions.dialog.budget'),
    receivingUnit: t('decisions.dialog.receivingUnit'),
    timeBoxEndsAt: t('decisions.dialog.timeBoxEndsAt'),
    wakeUpAt: t('decisions.dialog.wakeUpAt'),
    checklist: t('decisions.dialog.checklist'),
    scores: t('decisions.dialog.scores'),
    learningCard: t('decisions.dialog.learningCard'),
  };
  for (const name of scoreNames) labels[`scores.${name}`] = t(`scores.${name}`);
  for (const part of learningParts) labels[`learningCard.${part}`] = t(`experiments.${part}`);
  for (const item of checklistItems) labels[`checklist.${item}`] = t(`decisions.checklist.${item}`);
  const summary: FormError[] = Object.entries(serverErrors).map(([field, message]) => ({
    fieldId: fieldId(field),
    label: labels[field] ?? field,
    message,
  }));

  function set<K extends keyof Values>(key: K, value: Values[K]) {
    setValues((current) => ({ ...current, [key]: value }));
  }

  function submit(event: SubmitEvent) {
    event.preventDefault();
    if (!action.gate || !outcome) return;
    const request: DecisionRequest = { gate: action.gate, outcome, version: idea.version };
    if (fields.has('rationale')) request.rationale = values.rationale.trim();
    if (fields.has('scores')) {
      const complete = completeScores(values);
      if (complete) request.scores = complete;
    }
    if (fields.has('learningCard')) request.learningCard = values.learningCard;
    if (fields.has('budget') && values.budget !== '') request.budget = Number(values.budget);
    if (fields.has('receivingUnit')) request.receivingUnit = values.receivingUnit.trim();
    if (fields.has('checklist')) request.checklist = values.checklist;
    if (fields.has('timeBoxEndsAt') && values.timeBoxEndsAt) {
      request.timeBoxEndsAt = endOfDay(values.timeBoxEndsAt);
    }
    if (fields.has('wakeUpAt') && values.wakeUpAt) request.wakeUpAt = endOfDay(values.wakeUpAt);
    decide.mutate(request, {
      onSuccess: () => {
        onDecided?.();
        onClose();
      },
    });
  }

  return (
    <FormDialog
      title={t('decisions.dialog.title', { gate })}
      subtitle={`${idea.reference} ${idea.title}`}
      onClose={onClose}
    >
      <form className="stack" onSubmit={submit} noValidate>
        {decide.isError &&
          (isApiError(decide.error, 409) ? (
            <ErrorAlert title={t('common.error')} message={t('common.conflict')} />
          ) : isApiError(decide.error, 400) && summary.length > 0 ? (
            <FormErrorSummary errors={summary} />
          ) : (
            <ErrorAlert title={t('common.error')} error={decide.error} />
          ))}
        <Fieldset>
          <Fieldset.Legend>{t('decisions.dialog.outcome')}</Fieldset.Legend>
          {action.outcomes.map((option) => (
            <Radio
              key={option.outcome}
              name={`${id}-outcome`}
              value={option.outcome}
              label={t(`outcomes.${option.outcome}`)}
              checked={outcome === option.outcome}
              onChange={() => {
                setOutcome(option.outcome);
              }}
            />
          ))}
        </Fieldset>

        {fields.has('scores') && (
          <Fieldset>
            <Fieldset.Legend>{t('decisions.dialog.scores')}</Fieldset.Legend>
            <Fieldset.Description>{t('decisions.dialog.scoreHint')}</Fieldset.Description>
            <div className="score-grid">
              {scoreNames.map((name) => (
                <Field key={name}>
                  <Label htmlFor={fieldId(`scores.${name}`)}>{t(`scores.${name}`)}</Label>
                  <Select
                    id={fieldId(`scores.${name}`)}
                    value={values.scores[name]}
                    aria-invalid={error(`scores.${name}`) ? true : undefined}
                    onChange={(event) => {
                      set('scores', { ...values.scores, [name]: event.target.value });
                    }}
                  >
                    <Select.Option value="" disabled>
                      {t('decisions.dialog.choose')}
                    </Select.Option>
                    {[1, 2, 3, 4, 5].map((score) => (
                      <Select.Option key={score} value={String(score)}>
                        {String(score)}
                      </Select.Option>
                    ))}
                  </Select>
                  {error(`scores.${name}`) && (
                    <ValidationMessage>{error(`scores.${name}`)}</ValidationMessage>
                  )}
                </Field>
              ))}
            </div>
            <div aria-live="polite" className="recommendation">
              {recommendation.data && knownOutcomes.includes(recommendation.data.outcome) && (
                <Alert data-color="info" data-size="sm">
                  <Paragraph>
                    <strong>
                      {t('decisions.dialog.recommendation', {
                        outcome: t(`outcomes.${recommendation.data.outcome as Outcome}`),
                      })}
                    </strong>
                  </Paragraph>
                  {recommendation.data.reason && (
                    <Paragraph data-size="sm">{recommendation.data.reason}</Paragraph>
                  )}
                </Alert>
              )}
            </div>
          </Fieldset>
        )}

        {fields.has('rationale') && (
          <Textfield
            id={fieldId('rationale')}
            multiline
            rows={3}
            required
            label={t('decisions.dialog.rationale')}
            value={values.rationale}
            error={error('rationale')}
            onChange={(event) => {
              set('rationale', event.target.value);
            }}
          />
        )}

        {fields.has('learningCard') && (
          <Fieldset>
            <Fieldset.Legend>{t('decisions.dialog.learningCard')}</Fieldset.Legend>
            {learningParts.map((part) => (
              <Textfield
                key={part}
                id={fieldId(`learningCard.${part}`)}
                multiline
                rows={2}
                required
                label={t(`experiments.${part}`)}
                value={values.learningCard[part]}
                error={error(`learningCard.${part}`) ?? error('learningCard')}
                onChange={(event) => {
                  set('learningCard', { ...values.learningCard, [part]: event.target.value });
                }}
              />
            ))}
          </Fieldset>
        )}

        {fields.has('budget') && (
          <Textfield
            id={fieldId('budget')}
            type="number"
            min={0}
            inputMode="decimal"
            required
            label={t('decisions.dialog.budget')}
            value={values.budget}
            error={error('budget')}
            onChange={(event) => {
              set('budget', event.target.value);
            }}
          />
        )}

        {fields.has('receivingUnit') && (
          <Textfield
            id={fieldId('receivingUnit')}
            required
            label={t('decisions.dialog.receivingUnit')}
            value={values.receivingUnit}
            error={error('receivingUnit')}
            onChange={(event) => {
              set('receivingUnit', event.target.value);
            }}
          />
        )}

        {fields.has('checklist') && (
          <Fieldset id={fieldId('checklist')}>
            <Fieldset.Legend>{t('decisions.dialog.checklist')}</Fieldset.Legend>
            {checklistItems.map((item) => (
              <Checkbox
                key={item}
                id={fieldId(`checklist.${item}`)}
                label={t(`decisions.checklist.${item}`)}
                checked={values.checklist[item]}
                onChange={(event) => {
                  set('checklist', { ...values.checklist, [item]: event.target.checked });
                }}
              />
            ))}
            {error('checklist') && <ValidationMessage>{error('checklist')}</ValidationMessage>}
          </Fieldset>
        )}

        {fields.has('timeBoxEndsAt') && (
          <Textfield
            id={fieldId('timeBoxEndsAt')}
            type="date"
            required
            label={t('decisions.dialog.timeBoxEndsAt')}
            value={values.timeBoxEndsAt}
            error={error('timeBoxEndsAt')}
            onChange={(event) => {
              set('timeBoxEndsAt', event.target.value);
            }}
          />
        )}

        {fields.has('wakeUpAt') && (
          <Textfield
            id={fieldId('wakeUpAt')}
            type="date"
            required
            label={t('decisions.dialog.wakeUpAt')}
            value={values.wakeUpAt}
            error={error('wakeUpAt')}
            onChange={(event) => {
              set('wakeUpAt', event.target.value);
            }}
          />
        )}

        <div className="button-row">
          <Button type="submit" disabled={!outcome} loading={decide.isPending}>
            {t('decisions.dialog.submit')}
          </Button>
          <Button type="button" variant="secondary" onClick={onClose}>
            {t('common.cancel')}
          </Button>
        </div>
      </form>
    </FormDialog>
  );
}
