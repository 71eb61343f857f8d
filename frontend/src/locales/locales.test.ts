import { describe, expect, it } from 'vitest';

import { languageNames, languages, loadLanguage, locales } from '../lib/i18n';

type Tree = Record<string, unknown>;

/** "a.b.c" for every text in a nested resource file. */
function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const texts = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') {
      texts.set(path, value);
    } else {
      for (const [nested, text] of flatten(value as Tree, path)) {
        texts.set(nested, text);
      }
    }
  }
  return texts;
}

function placeholders(text: string): string[] {
  return [...text.matchAll(/{{\s*(\w+)[^}]*}}/g)].map((match) => match[1] ?? '').sort();
}

const texts = Object.fromEntries(
  await Promise.all(
    languages.map(async (language) => [language, flatten(await loadLanguage(language))] as const),
  ),
);

describe.each(languages)('the %s texts', (language) => {
  const mine = texts[language] ?? new Map<string, string>();

  it.each(languages.filter((other) => other !== language))(
    'have every key that the %s texts have',
    (other) => {
      const theirs = texts[other] ?? new Map<string, string>();
      const missing = [...theirs.keys()].filter((key) => !mine.has(key));
      expect(missing, `keys in ${other} but not in ${language}`).toEqual([]);
    },
  );

  it('have no empty text', () => {
    const empty = [...mine].filter(([, text]) => text.trim() === '').map(([key]) => key);
    expect(empty).toEqual([]);
  });

  it('use the same placeholders as the English texts', () => {
    const english = texts.en ?? new Map<string, string>();
    const differing = [...mine]
      .filter(([key, text]) => {
        const source = english.get(key);
        return source !== undefined && placeholders(source).join() !== placeholders(text).join();
      })
      .map(([key]) => key);
    expect(differing).toEqual([]);
  });
});

describe('the languages', () => {
  it('are English, Swedish, Danish and Dutch, each named in itself', () => {
    expect(languages.map((language) => languageNames[language])).toEqual([
      'English',
      'Svenska',
      'Dansk',
      'Nederlands',
    ]);
  });

  it.each(languages)('%s has every plural form its language needs', (language) => {
    const needed = new Intl.PluralRules(locales[language]).resolvedOptions().pluralCategories;
    const mine = texts[language] ?? new Map<string, string>();
    const counted = new Set(
      [...(texts.en ?? new Map<string, string>()).keys()]
        .filter((key) => key.endsWith('_other'))
        .map((key) => key.slice(0, -'_other'.length)),
    );
    const missing = [...counted].flatMap((key) =>
      needed.filter((form) => !mine.has(`${key}_${form}`)).map((form) => `${key}_${form}`),
    );
    expect(missing).toEqual([]);
  });
});
