import { Button, Textfield } from '@digdir/designsystemet-react';
import { useId, useState, type SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';

import { isApiError } from '../../../lib/api-error';
import { useSupport } from '../api/citizens';
import type { PublicSuggestion } from '../api/types';

import { CheckYourMail } from './check-your-mail';
import { CitizenError } from './citizen-error';
import { Honeypot } from './honeypot';

/** "Support": asks for the e-mail address the support is confirmed by, once per address. */
export function SupportSuggestion({ suggestion }: { suggestion: PublicSuggestion }) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const support = useSupport(suggestion.id);
  const [open, setOpen] = useState(false);
  const [email, setEmail] = useState('');
  const [website, setWebsite] = useState('');
  const [missing, setMissing] = useState(false);

  if (support.isSuccess) {
    return <CheckYourMail message={t('citizens.supportSent')} />;
  }
  if (!open) {
    return (
      <Button
        data-size="sm"
        variant="secondary"
        aria-label={t('citizens.supportNamed', { title: suggestion.title })}
        onClick={() => {
          setOpen(true);
        }}
      >
        {t('citizens.support')}
      </Button>
    );
  }

  function submit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    if (email.trim() === '') {
      setMissing(true);
      return;
    }
    support.mutate({
      email: email.trim(),
      language: i18n.resolvedLanguage ?? i18n.language,
      website,
    });
  }

  const serverError = isApiError(support.error, 400)
    ? support.error.errorsByField().email
    : undefined;
  return (
    <form
      className="stack"
      onSubmit={submit}
      noValidate
      aria-label={t('citizens.supportNamed', { title: suggestion.title })}
    >
      {support.isError && !serverError && (
        <CitizenError error={support.error} title={t('citizens.supportFailed')} />
      )}
      <Textfield
        id={`${id}-email`}
        name="email"
        type="email"
        autoComplete="email"
        required
        label={t('citizens.email')}
        description={t('citizens.supportEmailHint')}
        value={email}
        error={missing ? t('common.required') : serverError}
        onChange={(event) => {
          setEmail(event.target.value);
          setMissing(false);
        }}
        // Opened by the person's own click: the field they asked for.
        // eslint-disable-next-line jsx-a11y/no-autofocus
        autoFocus
      />
      <Honeypot value={website} onChange={setWebsite} />
      <div className="button-row">
        <Button type="submit" data-size="sm" loading={support.isPending}>
          {t('citizens.supportSubmit')}
        </Button>
        <Button
          type="button"
          data-size="sm"
          variant="secondary"
          onClick={() => {
            setOpen(false);
          }}
        >
          {t('common.cancel')}
        </Button>
      </div>
    </form>
  );
}
