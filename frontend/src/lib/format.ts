import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

import { isLanguage, locales } from './i18n';

/**
 * An amount of money in a locale, in the currency given (an ISO 4217 code): "60 000,00 kr." in
 * Danish kroner, "€ 1.250,00" in Dutch. Whole amounts show no decimals. Without a currency, or
 * with one that is no ISO 4217 code, the bare number.
 */
export function formatMoney(locale: string, value: number, currency?: string | null): string {
  const whole = Number.isInteger(value);
  const digits = whole ? { maximumFractionDigits: 0 } : {};
  if (currency) {
    try {
      return new Intl.NumberFormat(locale, { style: 'currency', currency, ...digits }).format(
        value,
      );
    } catch {
      // Not an ISO 4217 code: the number alone, as below.
    }
  }
  return new Intl.NumberFormat(locale, digits).format(value);
}

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
      /** Money in the organisation's currency, in the reader's locale. */
      money: (value: number, currency?: string | null) => formatMoney(locale, value, currency),
      /** "Maria and Erik" ('and'), "lab lead or executive" ('or'). */
      list: (items: string[], kind: 'and' | 'or' = 'and') =>
        (kind === 'and' ? and : or).format(items),
      /** People's names, in alphabetical order, as a list: "Erik Lund and Maria Sandberg". */
      names: (names: string[]) => and.format([...names].sort((a, b) => a.localeCompare(b, locale))),
    };
  }, [locale]);
}
