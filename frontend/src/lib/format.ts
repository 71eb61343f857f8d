import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

import { isLanguage, locales } from './i18n';

/** Dates, numbers and lists in the locale of the chosen language. */
export function useFormat() {
  const { i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? i18n.language;
  const locale = isLanguage(language) ? locales[language] : locales.en;
  return useMemo(() => {
    const date = new Intl.DateTimeFormat(locale, { dateStyle: 'medium' });
    const dateTime = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
    const number = new Intl.NumberFormat(locale);
    const and = new Intl.ListFormat(locale, { type: 'conjunction' });
    const or = new Intl.ListFormat(locale, { type: 'disjunction' });
    return {
      locale,
      date: (value: string | Date) => date.format(new Date(value)),
      dateTime: (value: string | Date) => dateTime.format(new Date(value)),
      number: (value: number) => number.format(value),
      /** "Maria and Erik" ('and'), "lab lead or executive" ('or'). */
      list: (items: string[], kind: 'and' | 'or' = 'and') =>
        (kind === 'and' ? and : or).format(items),
      /** People's names, in alphabetical order, as a list: "Erik Lund and Maria Sandberg". */
      names: (names: string[]) => and.format([...names].sort((a, b) => a.localeCompare(b, locale))),
    };
  }, [locale]);
}
