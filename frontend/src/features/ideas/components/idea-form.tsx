import {
  Button,
  Checkbox,
  Fieldset,
  Radio,
  Textfield,
  ValidationMessage,
} from '@digdir/designsystemet-react';
import { useId, useState, type SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';

import { ErrorAlert } from '../../../components/ui/error-alert';
import { FormErrorSummary, type FormError } from '../../../components/ui/form-error-summary';
import { isApiError } from '../../../lib/api-error';
import type { EntryRoute, FullIdeaView, IdeaRequest, IdeaView } from '../../../lib/api-types';
import { useSaveIdea } from '../api/save-idea';

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
  themes: string;
  estimatedCost: string;
  publicIdea: boolean;
}

function initialValues(idea?: FullIdeaView): Values {
  return {
    title: idea?.title ?? '',
    problem: idea?.problem ?? '',
    proposal: idea?.proposal ?? '',
    beneficiaries: idea?.beneficiaries ?? '',
    department: idea?.department ?? '',
    entryRoute: idea?.entryRoute ?? 'IDEA_DRIVEN',
    themes: idea?.themes.join(', ') ?? '',
    estimatedCost: idea?.estimatedCost === null || !idea ? '' : String(idea.estimatedCost),
    publicIdea: idea?.publicIdea ?? false,
  };
}

function toRequest(values: Values, version?: number): IdeaRequest {
  const request: IdeaRequest = {
    title: values.title.trim(),
    problem: values.problem.trim(),
    proposal: values.proposal.trim(),
    entryRoute: values.entryRoute,
    themes: values.themes
      .split(',')
      .map((theme) => theme.trim())
      .filter((theme) => theme !== ''),
    publicIdea: values.publicIdea,
  };
  if (values.beneficiaries.trim()) request.beneficiaries = values.beneficiaries.trim();
  if (values.department.trim()) request.department = values.department.trim();
  if (values.estimatedCost.trim() !== '') request.estimatedCost = Number(values.estimatedCost);
  if (version !== undefined) request.version = version;
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
  onSaved: (idea: IdeaView, submitted: boolean) => void;
}

/**
 * Writes or edits an idea. It is saved as a draft that only its authors see; "save and submit"
 * also sends it to the lab. Each error, the form's own or the server's, shows at its field.
 */
export function IdeaForm({ idea, onSaved }: IdeaFormProps) {
  const { t } = useTranslation();
  const id = useId();
  const save = useSaveIdea();
  const [values, setValues] = useState<Values>(() => initialValues(idea));
  const [missing, setMissing] = useState<(typeof required)[number][]>([]);
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
  const fieldId = (name: FieldName) => `${id}-${name}`;

  const errors: Partial<Record<FieldName, string>> = {};
  for (const name of missing) errors[name] = t('ideaForm.required');
  let unplaced: string[] = [];
  if (isApiError(save.error, 400)) {
    for (const { field, message } of save.error.fieldErrors) {
      const name = formField(field);
      if (name) errors[name] ??= message;
      else unplaced = [...unplaced, `${field}: ${message}`];
    }
  }
  const summary: FormError[] = fieldNames
    .filter((name) => errors[name] !== undefined)
    .map((name) => ({ fieldId: fieldId(name), label: labels[name], message: errors[name] ?? '' }));

  function set<K extends keyof Values>(key: K, value: Values[K]) {
    setValues((current) => ({ ...current, [key]: value }));
    setMissing((current) => current.filter((name) => name !== key));
  }

  function submit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    const submitter = event.nativeEvent.submitter;
    const andSubmit = submitter?.getAttribute('value') === 'submit';
    const empty = required.filter((name) => values[name].trim() === '');
    setMissing(empty);
    if (empty.length > 0) {
      save.reset();
      return;
    }
    save.mutate(
      { id: idea?.id, request: toRequest(values, idea?.version), submit: andSubmit },
      {
        onSuccess: (saved) => {
          onSaved(saved, andSubmit);
        },
      },
    );
  }

  const text = (name: 'title' | 'department', autoComplete?: string) => (
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
      {text('title')}
      {longText('problem', t('ideaForm.problemHint'))}
      {longText('proposal', t('ideaForm.proposalHint'))}
      {longText('beneficiaries')}
      {text('department', 'organization-title')}
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
      <Textfield
        id={fieldId('themes')}
        name="themes"
        label={labels.themes}
        description={t('ideaForm.themesHint')}
        value={values.themes}
        error={errors.themes}
        onChange={(event) => {
          set('themes', event.target.value);
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
