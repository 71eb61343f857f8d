import i18next, { type BackendModule, type i18n } from 'i18next';
import { initReactI18next } from 'react-i18next';

import en from '../locales/en.json';

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

export type Texts = typeof en;

/**
 * The other languages' texts, each in a chunk of its own that is fetched when the language is
 * first used (docs/benchmarks.md, 9): a reader downloads English, the fallback, and their own.
 */
const otherTexts = import.meta.glob<Texts>(['../locales/*.json', '!../locales/en.json'], {
  import: 'default',
});

const loaded: Partial<Record<Language, Texts>> = { en };

/** The texts of a language, fetched the first time it is asked for. */
export async function loadLanguage(language: Language): Promise<Texts> {
  const known = loaded[language];
  if (known) {
    return known;
  }
  const load = otherTexts[`../locales/${language}.json`];
  if (!load) {
    throw new Error(`No texts for ${language}`);
  }
  const texts = await load();
  loaded[language] = texts;
  return texts;
}

/** Hands i18next a language's texts when the reader switches to one not loaded yet. */
const chunkBackend: BackendModule = {
  type: 'backend',
  init: () => undefined,
  read: (language, _namespace, callback) => {
    if (!isLanguage(language)) {
      callback(null, {});
      return;
    }
    loadLanguage(language).then(
      (texts) => {
        callback(null, texts);
      },
      (error: unknown) => {
        callback(error instanceof Error ? error : new Error(String(error)), null);
      },
    );
  },
};

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

/**
 * An i18next instance with the texts loaded so far (English always; the reader's language is
 * loaded before the app is drawn, see main.tsx), so texts are there at the first render. A
 * switch to another language fetches its texts first, then shows them.
 */
export function createI18n(language: Language = initialLanguage()): i18n {
  const instance = i18next.createInstance();
  const resources = Object.fromEntries(
    Object.entries(loaded).map(([loadedLanguage, texts]) => [
      loadedLanguage,
      { translation: texts },
    ]),
  );
  void instance
    .use(chunkBackend)
    .use(initReactI18next)
    .init({
      resources,
      partialBundledLanguages: true,
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
