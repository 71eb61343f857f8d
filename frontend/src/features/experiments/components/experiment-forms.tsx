import { useTranslation } from 'react-i18next';

import { FormDialog } from '../../../components/ui/form-dialog';
import { RecordForm, type FieldSpec, type FormValues } from '../../../components/ui/record-form';
import type {
  Experiment,
  OwnExperiment,
  ExperimentOutcome,
  IdeaView,
  TestCardRequest,
} from '../../../lib/api-types';
import { useSaveExperiment } from '../api/save-experiment';

const outcomes: ExperimentOutcome[] = ['VALIDATED', 'INVALIDATED', 'INCONCLUSIVE'];
const learningParts = ['believed', 'observed', 'learned', 'therefore'] as const;

function optional(value: string | undefined): string | undefined {
  const trimmed = value?.trim();
  if (!trimmed) return undefined;
  return trimmed;
}

function toTestCard(values: FormValues, version?: number): TestCardRequest {
  const card: TestCardRequest = {
    title: values.title?.trim() ?? '',
    hypothesis: values.hypothesis?.trim() ?? '',
    test: values.test?.trim() ?? '',
    metric: values.metric?.trim() ?? '',
    criterion: values.criterion?.trim() ?? '',
    timeBoxDays: Number(values.timeBoxDays),
  };
  const budgetCap = optional(values.budgetCap);
  if (budgetCap !== undefined) card.budgetCap = Number(budgetCap);
  const testGroup = optional(values.testGroup);
  if (testGroup !== undefined) card.testGroup = testGroup;
  const partners = optional(values.partners);
  if (partners !== undefined) card.partners = partners;
  if (version !== undefined) card.version = version;
  return card;
}

function fromExperiment(experiment: Experiment): FormValues {
  return {
    title: experiment.title,
    hypothesis: experiment.hypothesis,
    test: experiment.testDescription,
    metric: experiment.metric,
    criterion: experiment.criterion,
    timeBoxDays: experiment.timeBoxDays === null ? '' : String(experiment.timeBoxDays),
    budgetCap: experiment.budgetCap === null ? '' : String(experiment.budgetCap),
    testGroup: experiment.testGroup ?? '',
    partners: experiment.partners ?? '',
  };
}

interface TestCardDialogProps {
  idea: IdeaView;
  /** The experiment whose test card is edited; none for a new one. */
  experiment?: OwnExperiment;
  onClose: (saved: boolean) => void;
}

/** Writes a test card: "We believe… To verify that, we will… and measure… We are right if…". */
export function TestCardDialog({ idea, experiment, onClose }: TestCardDialogProps) {
  const { t } = useTranslation();
  const save = useSaveExperiment(idea.id);
  const fields: FieldSpec[] = [
    { name: 'title', label: t('experiments.form.title'), required: true },
    { name: 'hypothesis', label: t('experiments.hypothesis'), kind: 'multiline', required: true },
    { name: 'test', label: t('experiments.test'), kind: 'multiline', required: true },
    { name: 'metric', label: t('experiments.metric'), kind: 'multiline', required: true },
    { name: 'criterion', label: t('experiments.criterion'), kind: 'multiline', required: true },
    {
      name: 'timeBoxDays',
      label: t('experiments.form.timeBoxDays'),
      kind: 'number',
      required: true,
      min: 1,
      max: 365,
    },
    { name: 'budgetCap', label: t('experiments.form.budgetCap'), kind: 'number', min: 0 },
    { name: 'testGroup', label: t('experiments.form.testGroup') },
    { name: 'partners', label: t('experiments.form.partners') },
  ];
  return (
    <FormDialog
      title={experiment ? t('experiments.form.editTitle') : t('experiments.form.addTitle')}
      subtitle={`${idea.reference} ${idea.title}`}
      onClose={() => {
        onClose(false);
      }}
    >
      <RecordForm
        fields={fields}
        {...(experiment ? { initial: fromExperiment(experiment) } : {})}
        submitLabel={t('experiments.form.save')}
        pending={save.isPending}
        error={save.error}
        onCancel={() => {
          onClose(false);
        }}
        onSubmit={(values) => {
          save.mutate(
            experiment
              ? { kind: 'edit', id: experiment.id, card: toTestCard(values, experiment.version) }
              : { kind: 'add', card: toTestCard(values) },
            {
              onSuccess: () => {
                onClose(true);
              },
            },
          );
        }}
      />
    </FormDialog>
  );
}

interface ResultDialogProps {
  idea: IdeaView;
  experiment: OwnExperiment;
  onClose: (saved: boolean) => void;
}

/** Records what a test showed: its result, outcome and learning card. */
export function ResultDialog({ idea, experiment, onClose }: ResultDialogProps) {
  const { t } = useTranslation();
  const save = useSaveExperiment(idea.id);
  const fields: FieldSpec[] = [
    { name: 'result', label: t('experiments.result'), kind: 'multiline', required: true },
    {
      name: 'outcome',
      label: t('experiments.form.outcome'),
      kind: 'radio',
      required: true,
      options: outcomes.map((outcome) => ({
        value: outcome,
        label: t(`experiments.outcome.${outcome}`),
      })),
    },
    { name: 'costSpent', label: t('experiments.form.costSpent'), kind: 'number', min: 0 },
    ...learningParts.map((part): FieldSpec => ({
      name: `learningCard.${part}`,
      label: t(`experiments.${part}`),
      kind: 'multiline',
      required: true,
    })),
  ];
  return (
    <FormDialog
      title={t('experiments.form.resultTitle', { title: experiment.title })}
      subtitle={`${idea.reference} ${idea.title}`}
      onClose={() => {
        onClose(false);
      }}
    >
      <RecordForm
        fields={fields}
        submitLabel={t('experiments.form.saveResult')}
        pending={save.isPending}
        error={save.error}
        onCancel={() => {
          onClose(false);
        }}
        onSubmit={(values) => {
          const part = (name: (typeof learningParts)[number]) =>
            values[`learningCard.${name}`]?.trim() ?? '';
          const costSpent = optional(values.costSpent);
          save.mutate(
            {
              kind: 'result',
              id: experiment.id,
              result: {
                result: values.result?.trim() ?? '',
                outcome: values.outcome as ExperimentOutcome,
                learningCard: {
                  believed: part('believed'),
                  observed: part('observed'),
                  learned: part('learned'),
                  therefore: part('therefore'),
                },
                ...(costSpent === undefined ? {} : { costSpent: Number(costSpent) }),
                version: experiment.version,
              },
            },
            {
              onSuccess: () => {
                onClose(true);
              },
            },
          );
        }}
      />
    </FormDialog>
  );
}
