import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';

import type { PublicSuggestion } from '../api/types';

import { SupportSuggestion } from './support-suggestion';

/** A public challenge's approved suggestions, each with its supports and "Support". */
export function PublicSuggestions({
  suggestions,
  open,
}: {
  suggestions: PublicSuggestion[];
  /** Whether the challenge still takes support. */
  open: boolean;
}) {
  const { t } = useTranslation();
  const headingId = useId();
  return (
    <section className="idea-section" aria-labelledby={headingId}>
      <Heading level={2} data-size="sm" id={headingId}>
        {t('citizens.suggestions', { count: suggestions.length })}
      </Heading>
      {suggestions.length === 0 ? (
        <Paragraph>{t('citizens.noSuggestions')}</Paragraph>
      ) : (
        <ul className="plain-list">
          {suggestions.map((suggestion) => (
            <li key={suggestion.id} className="panel stack">
              <Heading level={3} data-size="2xs">
                {suggestion.title}
              </Heading>
              <Paragraph className="prewrap">{suggestion.text}</Paragraph>
              <Paragraph data-size="sm" className="muted">
                {suggestion.authorName
                  ? t('challenges.by', { name: suggestion.authorName })
                  : t('challenges.anonymous')}{' '}
                {t('challenges.supports', { count: suggestion.supports })}
              </Paragraph>
              {open && <SupportSuggestion suggestion={suggestion} />}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
