import {
  Button,
  Checkbox,
  Fieldset,
  Heading,
  Radio,
  Textfield,
  ValidationMessage,
} from '@digdir/designsystemet-react';
import { Fragment, useId, useState, type ReactNode, type SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';

import { isApiError } from '../../lib/api-error';

import { ErrorAlert } from './error-alert';
import { FormErrorSummary, type FormError } from './form-error-summary';

/** One field of a {@link RecordForm}, named as the server names it (e.g. "learningCard.learned"). */
export interface FieldSpec {
  name: string;
  label: string;
  /** 'checkboxes': several of its options, their values joined by commas. */
  kind?: 'text' | 'multiline' | 'number' | 'date' | 'password' | 'radio' | 'checkboxes';
  required?: boolean;
  description?: string;
  /** For a radio or checkbox group: its choices. */
  options?: { value: string; label: string }[];
  min?: number;
  max?: number;
  /** A heading over this field and those after it, until the next field with another group. */
  group?: string;
}

export type FormValues = Record<string, string>;

interface RecordFormProps {
  fields: FieldSpec[];
  initial?: FormValues;
  submitLabel: string;
  pending: boolean;
  /** The mutation's error: a 400's field errors are shown at their fields. */
  error: unknown;
  /** Called with the values (all strings) once every required field is filled in. */
  onSubmit: (values: FormValues) => void;
  onCancel?: () => void;
}

/**
 * A form for one record (a test card, a result, an impact target…). Each error, the form's own
 * (a required field left empty) or the server's, shows at its field and in a summary above.
 */
export function RecordForm({
  fields,
  initial = {},
  submitLabel,
  pending,
  error,
  onSubmit,
  onCancel,
}: RecordFormProps) {
  const { t } = useTranslation();
  const id = useId();
  const [values, setValues] = useState<FormValues>(() =>
    Object.fromEntries(fields.map((field) => [field.name, initial[field.name] ?? ''])),
  );
  const [missing, setMissing] = useState<string[]>([]);
  const fieldId = (name: string) => `${id}-${name.replace(/\W/g, '-')}`;

  const errors: Record<string, string> = {};
  for (const name of missing) errors[name] = t('common.required');
  const unplaced: string[] = [];
  if (isApiError(error, 400)) {
    for (const { field, message } of error.fieldErrors) {
      // "learningCard" (the whole card) lands at its first part.
      const spec = fields.find((f) => f.name === field || f.name.startsWith(`${field}.`));
      if (spec) errors[spec.name] ??= message;
      else unplaced.push(`${field}: ${message}`);
    }
  }
  const summary: FormError[] = fields
    .filter((field) => errors[field.name] !== undefined)
    .map((field) => ({
      fieldId: fieldId(field.name),
      label: field.label,
      message: errors[field.name] ?? '',
    }));

  function set(name: string, value: string) {
    setValues((current) => ({ ...current, [name]: value }));
    setMissing((current) => current.filter((other) => other !== name));
  }

  const common = (field: FieldSpec) => ({
    id: fieldId(field.name),
    name: field.name,
    label: field.label,
    description: field.description,
    required: field.required,
    value: values[field.name] ?? '',
    error: errors[field.name],
  });

  function submit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    const empty = fields
      .filter((field) => field.required && (values[field.name] ?? '').trim() === '')
      .map((field) => field.name);
    setMissing(empty);
    if (empty.length === 0) {
      onSubmit(values);
    }
  }

  const input = (field: FieldSpec): ReactNode =>
    field.kind === 'checkboxes' ? (
      <Fieldset key={field.name} id={fieldId(field.name)}>
        <Fieldset.Legend>{field.label}</Fieldset.Legend>
        {field.description && <Fieldset.Description>{field.description}</Fieldset.Description>}
        {field.options?.map((option) => {
          const chosen = (values[field.name] ?? '').split(',').filter(Boolean);
          return (
            <Checkbox
              key={option.value}
              name={fieldId(field.name)}
              value={option.value}
              label={option.label}
              checked={chosen.includes(option.value)}
              onChange={(event) => {
                const next = event.target.checked
                  ? [...chosen, option.value]
                  : chosen.filter((value) => value !== option.value);
                set(field.name, next.join(','));
              }}
            />
          );
        })}
        {errors[field.name] && <ValidationMessage>{errors[field.name]}</ValidationMessage>}
      </Fieldset>
    ) : field.kind === 'radio' ? (
      <Fieldset key={field.name} id={fieldId(field.name)}>
        <Fieldset.Legend>{field.label}</Fieldset.Legend>
        {field.description && <Fieldset.Description>{field.description}</Fieldset.Description>}
        {field.options?.map((option) => (
          <Radio
            key={option.value}
            name={fieldId(field.name)}
            value={option.value}
            label={option.label}
            checked={values[field.name] === option.value}
            onChange={() => {
              set(field.name, option.value);
            }}
          />
        ))}
        {errors[field.name] && <ValidationMessage>{errors[field.name]}</ValidationMessage>}
      </Fieldset>
    ) : field.kind === 'multiline' ? (
      <Textfield
        key={field.name}
        {...common(field)}
        multiline
        rows={3}
        onChange={(event) => {
          set(field.name, event.target.value);
        }}
      />
    ) : (
      <Textfield
        key={field.name}
        {...common(field)}
        type={field.kind ?? 'text'}
        {...(field.kind === 'password' ? { autoComplete: 'new-password' } : {})}
        {...(field.kind === 'number' ? { inputMode: 'decimal' as const } : {})}
        min={field.min}
        max={field.max}
        onChange={(event) => {
          set(field.name, event.target.value);
        }}
      />
    );

  return (
    <form className="stack" onSubmit={submit} noValidate>
      {missing.length > 0 || isApiError(error, 400) ? <FormErrorSummary errors={summary} /> : null}
      {error !== null &&
        error !== undefined &&
        (isApiError(error, 409) ? (
          <ErrorAlert title={t('common.error')} message={t('common.conflict')} />
        ) : (
          (!isApiError(error, 400) || unplaced.length > 0) && (
            <ErrorAlert
              title={t('common.error')}
              error={error}
              {...(unplaced.length > 0 ? { message: unplaced.join('; ') } : {})}
            />
          )
        ))}
      {fields.map((field, index) => (
        <Fragment key={field.name}>
          {field.group !== undefined && field.group !== fields[index - 1]?.group && (
            <Heading level={2} data-size="xs">
              {field.group}
            </Heading>
          )}
          {input(field)}
        </Fragment>
      ))}
      <div className="button-row">
        <Button type="submit" loading={pending}>
          {submitLabel}
        </Button>
        {onCancel && (
          <Button type="button" variant="secondary" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
        )}
      </div>
    </form>
  );
}
