import {
  Button,
  Checkbox,
  Fieldset,
  Paragraph,
  Radio,
  Textfield,
  ValidationMessage,
} from '@digdir/designsystemet-react';
import { useId, useState, type SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';

import { useCustomFields } from '../../../api/get-custom-fields';
import { usePickLists } from '../../../api/get-pick-lists';
import { ErrorAlert } from '../../../components/ui/error-alert';
import { FormErrorSummary, type FormError } from '../../../components/ui/form-error-summary';
import { PickList } from '../../../components/ui/pick-list';
import { isApiError } from '../../../lib/api-error';
import type {
  EntryRoute,
  FullIdeaView,
  IdeaRequest,
  IdeaView,
  StoredFieldValue,
} from '../../../lib/api-types';
import { useSaveIdea } from '../api/save-idea';

import { CustomFieldInputs, customFieldName } from './custom-field-inputs';
import { ThemePicker } from './theme-picker';

const entryRoutes: EntryRoute[] = [
  'IDEA_DRIVEN',
  'CHALLENGE_DRIVEN',
  'OPPORTUNITY_DRIVEN',
  'REUSE',
];
const fieldNames = [
  'title',
  'problem',
  'proposal',
  'beneficiaries',
  'department',
  'entryRoute',
  'themes',
  'estimatedCost',
  'publicIdea',
] as const;
type FieldName = (typeof fieldNames)[number];
const required = ['title', 'problem', 'proposal'] as const;

interface Values {
  title: string;
  problem: string;
  proposal: string;
  beneficiaries: string;
  department: string;
  entryRoute: EntryRoute;
  themes: string[];
  estimatedCost: string;
  publicIdea: boolean;
}

function initialValues(idea?: FullIdeaView, challenge?: AnsweredChallenge): Values {
  return {
    title: idea?.title ?? '',
    problem: idea?.problem ?? '',
    proposal: idea?.proposal ?? '',
    beneficiaries: idea?.beneficiaries ?? '',
    department: idea?.department ?? '',
    entryRoute: idea?.entryRoute ?? (challenge ? 'CHALLENGE_DRIVEN' : 'IDEA_DRIVEN'),
    themes: idea?.themes ?? [],
    estimatedCost: idea?.estimatedCost === null || !idea ? '' : String(idea.estimatedCost),
    publicIdea: idea?.publicIdea ?? false,
  };
}

/** The challenge a new idea answers. */
export interface AnsweredChallenge {
  id: number;
  title: string;
}

/** The custom fields' values, by their form name ("fields.12"). */
type CustomValues = Record<string, string>;

function toRequest(
  values: Values,
  custom: CustomValues,
  version?: number,
  challenge?: AnsweredChallenge,
): IdeaRequest {
  const request: IdeaRequest = {
    title: values.title.trim(),
    problem: values.problem.trim(),
    proposal: values.proposal.trim(),
    entryRoute: values.entryRoute,
    themes: values.themes,
    publicIdea: values.publicIdea,
    fields: Object.entries(custom)
      .filter(([, value]) => value.trim() !== '')
      .map(([name, value]) => ({
        fieldId: Number(name.slice('fields.'.length)),
        value: value.trim(),
      })),
  };
  if (values.beneficiaries.trim()) request.beneficiaries = values.beneficiaries.trim();
  if (values.department.trim()) request.department = values.department.trim();
  if (values.estimatedCost.trim() !== '') request.estimatedCost = Number(values.estimatedCost);
  if (version !== undefined) request.version = version;
  if (challenge) request.challengeId = challenge.id;
  return request;
}

/** "themes[0]" → "themes": the server names the item, the form has one field for all. */
function formField(serverField: string): FieldName | undefined {
  const base = serverField.replace(/[[.].*$/, '');
  return (fieldNames as readonly string[]).includes(base) ? (base as FieldName) : undefined;
}

interface IdeaFormProps {
  /** The draft or revision being edited; none for a new idea. */
  idea?: FullIdeaView;
  /** Its values of the custom fields. */
  storedFields?: StoredFieldValue[];
  onSaved: (idea: IdeaView, submitted: boolean) => void;
  /** For a new idea: the challenge it answers. */
  challenge?: AnsweredChallenge | undefined;
}

/**
 * Writes or edits an idea. It is saved as a draft that only its authors see; "save and submit"
 * also sends it to the lab. Each error, the form's own or the server's, shows at its field.
 */
export function IdeaForm({ idea, storedFields = [], onSaved, challenge }: IdeaFormProps) {
  const { t } = useTranslation();
  const id = useId();
  const save = useSaveIdea();
  const lists = usePickLists().data;
  const customFields = useCustomFields().data ?? [];
  const [values, setValues] = useState<Values>(() => initialValues(idea, challenge));
  const [custom, setCustom] = useState<CustomValues>(() =>
    Object.fromEntries(
      storedFields.map((field) => [customFieldName({ id: field.fieldId }), field.value]),
    ),
  );
  const [missing, setMissing] = useState<(typeof required)[number][]>([]);
  const [customMissing, setCustomMissing] = useState<string[]>([]);
  const isDraft = !idea || idea.stage === 'draft';

  const labels: Record<FieldName, string> = {
    title: t('ideaForm.title'),
    problem: t('ideaForm.problem'),
    proposal: t('ideaForm.proposal'),
    beneficiaries: t('ideaForm.beneficiaries'),
    department: t('ideaForm.department'),
    entryRoute: t('ideaForm.entryRoute'),
    themes: t('ideaForm.themes'),
    estimatedCost: t('ideaForm.estimatedCost'),
    publicIdea: t('ideaForm.publicIdea'),
  };
  const fieldId = (name: string) => `${id}-${name.replace(/\W/g, '-')}`;

  const errors: Partial<Record<FieldName, string>> = {};
  for (const name of missing) errors[name] = t('ideaForm.required');
  const customErrors: Record<string, string | undefined> = {};
  for (const name of customMissing) customErrors[name] = t('ideaForm.required');
  let unplaced: string[] = [];
  if (isApiError(save.error, 400)) {
    for (const { field, message } of save.error.fieldErrors) {
      const name = formField(field);
      if (name) errors[name] ??= message;
      else if (customFields.some((spec) => customFieldName(spec) === field))
        customErrors[field] ??= message;
      else unplaced = [...unplaced, `${field}: ${message}`];
    }
  }
  const summary: FormError[] = [
    ...fieldNames
      .filter((name) => errors[name] !== undefined)
      .map((name) => ({
        fieldId: fieldId(name),
        label: labels[name],
        message: errors[name] ?? '',
      })),
    ...customFields
      .filter((spec) => customErrors[customFieldName(spec)] !== undefined)
      .map((spec) => ({
        fieldId: fieldId(customFieldName(spec)),
        label: spec.label,
        message: customErrors[customFieldName(spec)] ?? '',
      })),
  ];

  function set<K extends keyof Values>(key: K, value: Values[K]) {
    setValues((current) => ({ ...current, [key]: value }));
    setMissing((current) => current.filter((name) => name !== key));
  }

  function submit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    const submitter = event.nativeEvent.submitter;
    const andSubmit = submitter?.getAttribute('value') === 'submit';
    const empty = required.filter((name) => values[name].trim() === '');
    const emptyCustom = customFields
      .filter((spec) => spec.required && (custom[customFieldName(spec)] ?? '').trim() === '')
      .map(customFieldName);
    setMissing(empty);
    setCustomMissing(emptyCustom);
    if (empty.length > 0 || emptyCustom.length > 0) {
      save.reset();
      return;
    }
    save.mutate(
      {
        id: idea?.id,
        request: toRequest(values, custom, idea?.version, challenge),
        submit: andSubmit,
      },
      {
        onSuccess: (saved) => {
          onSaved(saved, andSubmit);
        },
      },
    );
  }

  const text = (name: 'title', autoComplete?: string) => (
    <Textfield
      id={fieldId(name)}
      name={name}
      label={labels[name]}
      required={(required as readonly string[]).includes(name)}
      autoComplete={autoComplete}
      value={values[name]}
      error={errors[name]}
      onChange={(event) => {
        set(name, event.target.value);
      }}
    />
  );
  const longText = (name: 'problem' | 'proposal' | 'beneficiaries', description?: string) => (
    <Textfield
      id={fieldId(name)}
      name={name}
      multiline
      rows={4}
      label={labels[name]}
      description={description}
      required={(required as readonly string[]).includes(name)}
      value={values[name]}
      error={errors[name]}
      onChange={(event) => {
        set(name, event.target.value);
      }}
    />
  );

  return (
    <form className="stack idea-form" onSubmit={submit} noValidate>
      <FormErrorSummary errors={summary} />
      {save.isError &&
        (isApiError(save.error, 409) ? (
          <ErrorAlert title={t('ideaForm.failed')} message={t('common.conflict')} />
        ) : (
          (!isApiError(save.error, 400) || unplaced.length > 0) && (
            <ErrorAlert
              title={t('ideaForm.failed')}
              error={save.error}
              {...(unplaced.length > 0 ? { message: unplaced.join('; ') } : {})}
            />
          )
        ))}
      {challenge && (
        <Paragraph>{t('ideaForm.answersChallenge', { title: challenge.title })}</Paragraph>
      )}
      {text('title')}
      {longText('problem', t('ideaForm.problemHint'))}
      {longText('proposal', t('ideaForm.proposalHint'))}
      {longText('beneficiaries')}
      <PickList
        id={fieldId('department')}
        name="department"
        label={labels.department}
        options={lists?.departments ?? []}
        emptyLabel={t('adminLists.none')}
        value={values.department}
        error={errors.department}
        onChange={(value) => {
          set('department', value);
        }}
      />
      <Fieldset id={fieldId('entryRoute')}>
        <Fieldset.Legend>{labels.entryRoute}</Fieldset.Legend>
        {entryRoutes.map((route) => (
          <Radio
            key={route}
            name="entryRoute"
            value={route}
            label={t(`entryRoutes.${route}`)}
            checked={values.entryRoute === route}
            onChange={() => {
              set('entryRoute', route);
            }}
          />
        ))}
        {errors.entryRoute && <ValidationMessage>{errors.entryRoute}</ValidationMessage>}
      </Fieldset>
      <ThemePicker
        id={fieldId('themes')}
        legend={labels.themes}
        options={lists?.themes ?? []}
        value={values.themes}
        error={errors.themes}
        onChange={(themes) => {
          set('themes', themes);
        }}
      />
      <Textfield
        id={fieldId('estimatedCost')}
        name="estimatedCost"
        type="number"
        min={0}
        inputMode="decimal"
        label={labels.estimatedCost}
        value={values.estimatedCost}
        error={errors.estimatedCost}
        onChange={(event) => {
          set('estimatedCost', event.target.value);
        }}
      />
      <Checkbox
        id={fieldId('publicIdea')}
        name="publicIdea"
        label={labels.publicIdea}
        checked={values.publicIdea}
        error={errors.publicIdea}
        onChange={(event) => {
          set('publicIdea', event.target.checked);
        }}
      />
      <CustomFieldInputs
        fields={customFields}
        values={custom}
        errors={customErrors}
        fieldId={fieldId}
        onChange={(name, value) => {
          setCustom((current) => ({ ...current, [name]: value }));
          setCustomMissing((current) => current.filter((other) => other !== name));
        }}
      />
      <div className="button-row">
        <Button
          type="submit"
          name="action"
          value="save"
          variant={isDraft ? 'secondary' : 'primary'}
          loading={save.isPending && !save.variables.submit}
        >
          {isDraft ? t('ideaForm.saveDraft') : t('ideaForm.saveChanges')}
        </Button>
        {isDraft && (
          <Button
            type="submit"
            name="action"
            value="submit"
            loading={save.isPending && save.variables.submit}
          >
            {t('ideaForm.saveAndSubmit')}
          </Button>
        )}
      </div>
    </form>
  );
}
