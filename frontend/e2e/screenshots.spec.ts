import { readFileSync } from 'node:fs';
import path from 'node:path';

import { expect, test, type Page } from '@playwright/test';

/**
 * The README's screenshots: the board, a lived-in idea, the dashboard over the demo's history and
 * the public portfolio, in Swedish and in English, on a phone and on a desktop. Each is taken only
 * once the page shows its heading in that language, so a broken page is never photographed.
 */

const languages = ['en', 'sv'] as const;
const devices = {
  phone: { width: 390, height: 844 },
  desktop: { width: 1440, height: 900 },
} as const;

/**
 * Norrvik's lab lead signs in: Norrvik has the demo's longest history, so its board and dashboard
 * look like a lab's after a year. The idea photographed is Norrvik's, in Test with its experiments.
 */
const person = 'Lena Holm';
const idea = 'Online homework help with upper-secondary mentors';

type Language = (typeof languages)[number];

function texts(language: Language): Record<string, Record<string, string>> {
  return JSON.parse(readFileSync(path.resolve(`src/locales/${language}.json`), 'utf8')) as Record<
    string,
    Record<string, string>
  >;
}

function shot(page: Page, name: string, language: Language, device: keyof typeof devices) {
  return page.screenshot({
    path: `../docs/screenshots/${name}-${language}-${device}.png`,
    fullPage: false,
  });
}

/** Waits until the page's pictures and fonts are drawn and nothing is loading. */
async function settle(page: Page) {
  await page.waitForLoadState('networkidle');
  await expect(page.locator('main .loading')).toHaveCount(0);
  await page.evaluate(() => document.fonts.ready);
}

for (const language of languages) {
  for (const device of Object.keys(devices) as (keyof typeof devices)[]) {
    test(`the README's screenshots in ${language} on a ${device}`, async ({ page }) => {
      const t = texts(language);
      const heading = (name: string) => page.getByRole('heading', { level: 1, name, exact: true });
      await page.addInitScript((chosen) => {
        window.localStorage.setItem('civiclab.language', chosen);
      }, language);
      await page.setViewportSize(devices[device]);

      await page.goto('/public');
      await expect(heading(t.publicPortfolio?.title ?? '')).toBeVisible();
      await expect(page.locator('main li h2 a').first()).toBeVisible();
      await expect(page.locator('html')).toHaveAttribute('lang', language);
      await settle(page);
      await shot(page, 'public', language, device);

      await page.goto('/sign-in');
      await page
        .getByRole('button', {
          name: (t.signIn?.signInAs ?? '').replace('{{name}}', person),
        })
        .click();
      await expect(page).not.toHaveURL(/\/sign-in/);

      await page.goto('/board');
      await expect(heading(t.board?.title ?? '')).toBeVisible();
      await expect(page.getByRole('link', { name: new RegExp(idea) })).toBeVisible();
      await settle(page);
      await shot(page, 'board', language, device);

      await page.getByRole('link', { name: new RegExp(idea) }).click();
      await expect(heading(idea)).toBeVisible();
      await expect(
        page.getByRole('heading', { name: t.experiments?.title ?? '', exact: true }).first(),
      ).toBeVisible();
      await settle(page);
      await shot(page, 'idea', language, device);

      await page.goto('/dashboard');
      await expect(heading(t.dashboard?.title ?? '')).toBeVisible();
      const funnel = page.locator('.dashboard-figure').first();
      await expect(funnel.getByRole('heading', { name: t.dashboard?.funnel ?? '' })).toBeVisible();
      // The lived-in demo: a year of history, so the funnel has a column for every month.
      expect(await funnel.locator('.recharts-bar-rectangle').count()).toBeGreaterThan(12);
      await settle(page);
      await funnel.evaluate((element) => {
        element.scrollIntoView({ block: 'start' });
      });
      await shot(page, 'dashboard', language, device);
    });
  }
}
