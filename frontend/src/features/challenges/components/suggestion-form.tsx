import { Button, Checkbox, Heading, Textfield } from '@digdir/designsystemet-react';
import { useId, useState, type SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';

import { FormErrorSummary, type FormError } from '../../../components/ui/form-error-summary';
import { isApiError } from '../../../lib/api-error';
import { useSuggest } from '../api/citizens';

import { CheckYourMail } from './check-your-mail';
import { CitizenError } from './citizen-error';
import { Honeypot } from './honeypot';

const names = ['title', 'text', 'name', 'email'] as const;
type Name = (typeof names)[number];
const required: Name[] = ['title', 'text', 'email'];

/** A citizen's suggestion: no account, the e-mail address confirmed by a link, never shown. */
export function SuggestionForm({ challengeId }: { challengeId: number }) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const suggest = useSuggest(challengeId);
  const [values, setValues] = useState<Record<Name, string>>({
    title: '',
    text: '',
    name: '',
    email: '',
  });
  const [credit, setCredit] = useState(false);
  const [website, setWebsite] = useState('');
  const [missing, setMissing] = useState<Name[]>([]);
  const fieldId = (name: string) => `${id}-${name}`;
  const labels: Record<Name, string> = {
    title: t('citizens.suggestionTitle'),
    text: t('citizens.suggestionText'),
    name: t('citizens.name'),
    email: t('citizens.email'),
  };

  const errors: Partial<Record<Name, string>> = {};
  for (const name of missing) errors[name] = t('common.required');
  if (isApiError(suggest.error, 400)) {
    for (const { field, message } of suggest.error.fieldErrors) {
      const name = names.find((candidate) => candidate === field);
      if (name) errors[name] ??= message;
    }
  }
  const summary: FormError[] = names
    .filter((name) => errors[name] !== undefined)
    .map((name) => ({ fieldId: fieldId(name), label: labels[name], message: errors[name] ?? '' }));

  if (suggest.isSuccess) {
    return <CheckYourMail message={t('citizens.suggestionSent')} />;
  }

  function submit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    const empty = required.filter((name) => values[name].trim() === '');
    setMissing(empty);
    if (empty.length > 0) {
      suggest.reset();
      return;
    }
    suggest.mutate({
      title: values.title.trim(),
      text: values.text.trim(),
      ...(values.name.trim() ? { name: values.name.trim() } : {}),
      email: values.email.trim(),
      credit: credit && values.name.trim() !== '',
      language: i18n.resolvedLanguage ?? i18n.language,
      website,
    });
  }

  const field = (
    name: Name,
    extra: {
      multiline?: boolean;
      type?: 'email';
      description?: string;
      autoComplete?: string;
    } = {},
  ) => {
    const common = {
      id: fieldId(name),
      name,
      label: labels[name],
      required: required.includes(name),
      value: values[name],
      error: errors[name],
      description: extra.description,
      autoComplete: extra.autoComplete,
      onChange: (event: { target: { value: string } }) => {
        const { value } = event.target;
        setValues((current) => ({ ...current, [name]: value }));
        setMissing((current) => current.filter((other) => other !== name));
      },
    };
    return extra.multiline ? (
      <Textfield {...common} multiline rows={5} />
    ) : (
      <Textfield {...common} type={extra.type ?? 'text'} />
    );
  };

  return (
    <form className="stack" onSubmit={submit} noValidate aria-labelledby={`${id}-heading`}>
      <Heading level={2} data-size="sm" id={`${id}-heading`}>
        {t('citizens.suggestHeading')}
      </Heading>
      <FormErrorSummary errors={summary} />
      {suggest.isError && !isApiError(suggest.error, 400) && (
        <CitizenError error={suggest.error} title={t('citizens.suggestFailed')} />
      )}
      {field('title')}
      {field('text', { multiline: true })}
      {field('name', { description: t('citizens.nameHint'), autoComplete: 'name' })}
      <Checkbox
        id={fieldId('credit')}
        name="credit"
        label={t('citizens.credit')}
        description={t('citizens.creditHint')}
        checked={credit}
        onChange={(event) => {
          setCredit(event.target.checked);
        }}
      />
      {field('email', {
        type: 'email',
        autoComplete: 'email',
        description: t('citizens.emailHint'),
      })}
      <Honeypot value={website} onChange={setWebsite} />
      <div className="button-row">
        <Button type="submit" loading={suggest.isPending}>
          {t('citizens.suggestSubmit')}
        </Button>
      </div>
    </form>
  );
}
