import i18next, { type i18n } from 'i18next';
import { initReactI18next } from 'react-i18next';

import da from '../locales/da.json';
import en from '../locales/en.json';
import nl from '../locales/nl.json';
import sv from '../locales/sv.json';

export const languages = ['en', 'sv', 'da', 'nl'] as const;
export type Language = (typeof languages)[number];

/** Each language's name in itself, as a language switch shows it. */
export const languageNames: Record<Language, string> = {
  en: 'English',
  sv: 'Svenska',
  da: 'Dansk',
  nl: 'Nederlands',
};

/** The locale that Intl formats dates and numbers in for each language. */
export const locales: Record<Language, string> = {
  en: 'en-GB',
  sv: 'sv-SE',
  da: 'da-DK',
  nl: 'nl-NL',
};

export const resources = {
  en: { translation: en },
  sv: { translation: sv },
  da: { translation: da },
  nl: { translation: nl },
} as const;

export const LANGUAGE_STORAGE_KEY = 'civiclab.language';

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (languages as readonly string[]).includes(value);
}

function storedLanguage(): string | null {
  try {
    return window.localStorage.getItem(LANGUAGE_STORAGE_KEY);
  } catch {
    return null;
  }
}

/** The language chosen before, else the browser's first that we speak, else English. */
export function initialLanguage(): Language {
  const stored = storedLanguage();
  if (isLanguage(stored)) {
    return stored;
  }
  const preferred = navigator.languages
    .map((tag) => tag.slice(0, 2).toLowerCase())
    .find((tag) => isLanguage(tag));
  return isLanguage(preferred) ? preferred : 'en';
}

function applyLanguage(language: string) {
  document.documentElement.lang = language;
  try {
    window.localStorage.setItem(LANGUAGE_STORAGE_KEY, language);
  } catch {
    // Private mode or storage disabled: the choice lasts until the page is left.
  }
}

/** An i18next instance with every language bundled, so texts are there at the first render. */
export function createI18n(language: Language = initialLanguage()): i18n {
  const instance = i18next.createInstance();
  void instance.use(initReactI18next).init({
    resources,
    lng: language,
    fallbackLng: 'en',
    supportedLngs: languages,
    interpolation: { escapeValue: false },
    initAsync: false,
  });
  instance.on('languageChanged', applyLanguage);
  document.documentElement.lang = language;
  return instance;
}
