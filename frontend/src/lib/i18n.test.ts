import { beforeEach, describe, expect, it, vi } from 'vitest';

/** The module as a browser starts it: English bundled, no other language fetched yet. */
async function freshI18n() {
  vi.resetModules();
  return import('./i18n');
}

describe('the texts', () => {
  beforeEach(() => {
    window.localStorage.clear();
  });

  it('are in English from the start, with no other language fetched', async () => {
    const { createI18n } = await freshI18n();

    const i18n = createI18n('en');

    expect(i18n.t('home.openBoard')).toBe('Open the board');
    expect(i18n.hasResourceBundle('da', 'translation')).toBe(false);
  });

  it('of another language are fetched when the reader switches to it, then shown', async () => {
    const { createI18n } = await freshI18n();
    const i18n = createI18n('en');

    await i18n.changeLanguage('da');

    expect(i18n.t('home.openBoard')).toBe('Åbn tavlen');
    expect(document.documentElement).toHaveAttribute('lang', 'da');
  });

  it('of the language chosen before are there at the first render once loaded', async () => {
    const { createI18n, initialLanguage, loadLanguage } = await freshI18n();
    window.localStorage.setItem('civiclab.language', 'nl');

    await loadLanguage(initialLanguage());
    const i18n = createI18n();

    expect(i18n.language).toBe('nl');
    expect(i18n.t('home.openBoard')).toBe('Naar het bord');
  });
});
