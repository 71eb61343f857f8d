import {
  Alert,
  Checkbox,
  Field,
  Fieldset,
  Label,
  Paragraph,
  Select,
  Textfield,
  ValidationMessage,
} from '@digdir/designsystemet-react';
import type { TFunction } from 'i18next';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

import { usePickLists } from '../../../api/get-pick-lists';
import { PickList } from '../../../components/ui/pick-list';
import { asOutcome } from '../../../hooks/use-gate-labels';
import type {
  Checklist,
  DecisionField,
  DecisionRequest,
  LearningCard,
  Scores,
} from '../../../lib/api-types';
import { useRecommendation } from '../api/get-recommendation';

export const scoreNames = [
  'strategicFit',
  'citizenValue',
  'feasibility',
  'novelty',
] as const satisfies readonly (keyof Scores)[];
const learningParts = [
  'believed',
  'observed',
  'learned',
  'therefore',
] as const satisfies readonly (keyof LearningCard)[];
const checklistItems = [
  'dataProtection',
  'accessibility',
  'procurement',
  'licence',
  'serviceOwner',
] as const satisfies readonly (keyof Checklist)[];

/** What the dialog holds for each field of the gate catalogue, as typed so far. */
export const emptyDecision = {
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
} satisfies Record<DecisionField, unknown>;
export type DecisionValues = typeof emptyDecision;

interface InputProps<K extends DecisionField> {
  value: DecisionValues[K];
  onChange: (value: DecisionValues[K]) => void;
  /** The element id of a field or of one of its parts ("scores.novelty"). */
  fieldId: (name: string) => string;
  /** The server's message for a field or a part. */
  error: (name: string) => string | undefined;
}

interface DecisionFieldSpec<K extends DecisionField> {
  Input: (props: InputProps<K>) => ReactNode;
  /** The field's part of the request; nothing where it was left empty. */
  write: (value: DecisionValues[K]) => Partial<DecisionRequest>;
  /** Its label, and its parts' labels, by the names the server's errors give them. */
  labels: (t: TFunction) => Record<string, string>;
}

/** The end of the chosen day where the user is, as the instant the API expects. */
function endOfDay(date: string): string {
  return new Date(`${date}T23:59:59`).toISOString();
}

export function completeScores(scores: DecisionValues['scores']): Scores | null {
  const numbers = scoreNames.map((name) => Number(scores[name]));
  if (numbers.some((value) => !Number.isInteger(value) || value < 1)) {
    return null;
  }
  const [strategicFit = 0, citizenValue = 0, feasibility = 0, novelty = 0] = numbers;
  return { strategicFit, citizenValue, feasibility, novelty };
}

type TextField = 'rationale' | 'budget' | 'timeBoxEndsAt' | 'wakeUpAt';

/** The receiving unit, picked from the organisation's list. */
function ReceivingUnitInput({ value, onChange, fieldId, error }: InputProps<'receivingUnit'>) {
  const { t } = useTranslation();
  const units = usePickLists().data?.receivingUnits ?? [];
  return (
    <PickList
      id={fieldId('receivingUnit')}
      name="receivingUnit"
      required
      label={t('decisions.dialog.receivingUnit')}
      options={units}
      emptyLabel={t('adminLists.choose')}
      value={value}
      error={error('receivingUnit')}
      onChange={onChange}
    />
  );
}

/** A field typed in one box: its kind, and how its text goes into the request. */
function textField<K extends TextField>(
  name: K,
  kind: 'multiline' | 'number' | 'text' | 'date',
  write: (value: string) => Partial<DecisionRequest>,
): DecisionFieldSpec<K> {
  function Input({ value, onChange, fieldId, error }: InputProps<K>) {
    const { t } = useTranslation();
    const common = {
      id: fieldId(name),
      required: true,
      label: t(`decisions.dialog.${name}`),
      value,
      error: error(name),
      onChange: (event: { target: { value: string } }) => {
        onChange(event.target.value);
      },
    };
    if (kind === 'multiline') return <Textfield {...common} multiline rows={3} />;
    return kind === 'number' ? (
      <Textfield {...common} type="number" min={0} inputMode="decimal" />
    ) : (
      <Textfield {...common} type={kind} />
    );
  }
  return { Input, write, labels: (t) => ({ [name]: t(`decisions.dialog.${name}`) }) };
}

/** The four rubric scores, and what the rubric recommends for them once all are chosen. */
function ScoresInput({ value, onChange, fieldId, error }: InputProps<'scores'>) {
  const { t } = useTranslation();
  const recommendation = useRecommendation(completeScores(value)).data;
  const recommended = recommendation && asOutcome(recommendation.outcome);
  return (
    <Fieldset>
      <Fieldset.Legend>{t('decisions.dialog.scores')}</Fieldset.Legend>
      <Fieldset.Description>{t('decisions.dialog.scoreHint')}</Fieldset.Description>
      <div className="score-grid">
        {scoreNames.map((name) => (
          <Field key={name}>
            <Label htmlFor={fieldId(`scores.${name}`)}>{t(`scores.${name}`)}</Label>
            <Select
              id={fieldId(`scores.${name}`)}
              value={value[name]}
              aria-invalid={error(`scores.${name}`) ? true : undefined}
              onChange={(event) => {
                onChange({ ...value, [name]: event.target.value });
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
        {recommended && (
          <Alert data-color="info" data-size="sm">
            <Paragraph>
              <strong>
                {t('decisions.dialog.recommendation', { outcome: t(`outcomes.${recommended}`) })}
              </strong>
            </Paragraph>
            {recommendation.reason && <Paragraph data-size="sm">{recommendation.reason}</Paragraph>}
          </Alert>
        )}
      </div>
    </Fieldset>
  );
}

function LearningCardInput({ value, onChange, fieldId, error }: InputProps<'learningCard'>) {
  const { t } = useTranslation();
  return (
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
          value={value[part]}
          error={error(`learningCard.${part}`) ?? error('learningCard')}
          onChange={(event) => {
            onChange({ ...value, [part]: event.target.value });
          }}
        />
      ))}
    </Fieldset>
  );
}

function ChecklistInput({ value, onChange, fieldId, error }: InputProps<'checklist'>) {
  const { t } = useTranslation();
  return (
    <Fieldset id={fieldId('checklist')}>
      <Fieldset.Legend>{t('decisions.dialog.checklist')}</Fieldset.Legend>
      {checklistItems.map((item) => (
        <Checkbox
          key={item}
          id={fieldId(`checklist.${item}`)}
          label={t(`decisions.checklist.${item}`)}
          checked={value[item]}
          onChange={(event) => {
            onChange({ ...value, [item]: event.target.checked });
          }}
        />
      ))}
      {error('checklist') && <ValidationMessage>{error('checklist')}</ValidationMessage>}
    </Fieldset>
  );
}

/**
 * Every field a gate decision can ask for, as the gate catalogue names them: how it is filled
 * in, what it adds to the request, and its labels. The dialog shows those the chosen outcome
 * needs, in the catalogue's order.
 */
export const decisionFields: { [K in DecisionField]: DecisionFieldSpec<K> } = {
  rationale: textField('rationale', 'multiline', (value) => ({ rationale: value.trim() })),
  scores: {
    Input: ScoresInput,
    write: (value) => {
      const scores = completeScores(value);
      return scores ? { scores } : {};
    },
    labels: (t) => ({
      scores: t('decisions.dialog.scores'),
      ...Object.fromEntries(scoreNames.map((name) => [`scores.${name}`, t(`scores.${name}`)])),
    }),
  },
  learningCard: {
    Input: LearningCardInput,
    write: (learningCard) => ({ learningCard }),
    labels: (t) => ({
      learningCard: t('decisions.dialog.learningCard'),
      ...Object.fromEntries(
        learningParts.map((part) => [`learningCard.${part}`, t(`experiments.${part}`)]),
      ),
    }),
  },
  budget: textField('budget', 'number', (value) => (value === '' ? {} : { budget: Number(value) })),
  receivingUnit: {
    Input: ReceivingUnitInput,
    write: (value) => ({ receivingUnit: value.trim() }),
    labels: (t) => ({ receivingUnit: t('decisions.dialog.receivingUnit') }),
  },
  checklist: {
    Input: ChecklistInput,
    write: (checklist) => ({ checklist }),
    labels: (t) => ({
      checklist: t('decisions.dialog.checklist'),
      ...Object.fromEntries(
        checklistItems.map((item) => [`checklist.${item}`, t(`decisions.checklist.${item}`)]),
      ),
    }),
  },
  timeBoxEndsAt: textField('timeBoxEndsAt', 'date', (value) =>
    value ? { timeBoxEndsAt: endOfDay(value) } : {},
  ),
  wakeUpAt: textField('wakeUpAt', 'date', (value) => (value ? { wakeUpAt: endOfDay(value) } : {})),
};
