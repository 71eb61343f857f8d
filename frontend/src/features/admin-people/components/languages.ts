/** The languages an organisation may speak by default (the server takes these four). */
export const LANGUAGES = ['en', 'sv', 'da', 'nl'] as const;

export type Language = (typeof LANGUAGES)[number];

/** The language of this code, if it is one of CivicLab's. */
export function asLanguage(code: string): Language | undefined {
  return LANGUAGES.find((language) => language === code);
}
