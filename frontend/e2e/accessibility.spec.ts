import { expect, test, type Browser } from '@playwright/test';

import {
  chooseLanguage,
  expectNoAccessibilityViolations,
  openChallenge,
  signInAs,
} from './support';

for (const language of ['en', 'sv'] as const) {
  test(`the sign-in page has no accessibility violations (${language})`, async ({ page }) => {
    await page.goto('/sign-in');
    await chooseLanguage(page, language);
    await expectNoAccessibilityViolations(page);
  });

  test(`the public portfolio has no accessibility violations (${language})`, async ({ page }) => {
    await page.goto('/public');
    await chooseLanguage(page, language);
    await expect(page.locator('main li h2 a').first()).toBeVisible();
    await expectNoAccessibilityViolations(page);
    await page.locator('main li h2 a').first().click();
    await expect(page.locator('main h1')).toBeVisible();
    await expectNoAccessibilityViolations(page);
  });

  test(`the dashboard's tables have no accessibility violations (${language})`, async ({
    page,
  }) => {
    await signInAs(page, 'Maria Sandberg');
    await chooseLanguage(page, language);
    await page.goto('/dashboard');
    await expect(page.locator('.dashboard-figure')).toHaveCount(7);
    for (const summary of await page.locator('.dashboard-figure summary').all()) {
      await summary.click();
    }
    await expectNoAccessibilityViolations(page);
  });

  test(`the signed-in pages have no accessibility violations (${language})`, async ({ page }) => {
    await signInAs(page, 'Lena Holm');
    await chooseLanguage(page, language);
    for (const path of [
      '/',
      '/board',
      '/my-tasks',
      '/ideas/new',
      '/lessons',
      '/catalogue',
      '/dashboard',
    ]) {
      await page.goto(path);
      await expect(page.locator('main h1')).toBeVisible();
      await expectNoAccessibilityViolations(page);
    }
    await page.goto('/board');
    await page.getByRole('region').first().getByRole('link').first().click();
    await expect(page.locator('main h1')).toBeVisible();
    await expectNoAccessibilityViolations(page); // A catalogue entry with its evidence.
    await page.goto('/catalogue');
    await page.locator('main li').getByRole('link').first().click();
    await expect(page.locator('main h1')).toBeVisible();
    await expectNoAccessibilityViolations(page);
  });

  test(`the federation admin page and its dialog have no accessibility violations (${language})`, async ({
    page,
  }) => {
    await signInAs(page, 'Regina Öberg');
    await chooseLanguage(page, language);
    await page.goto('/admin/federation');
    await expect(page.locator('main h1')).toBeVisible();
    await expectNoAccessibilityViolations(page);
    await page
      .getByRole('button', { name: /^(Add an installation|Lägg till en installation)$/ })
      .click();
    await expect(page.getByRole('dialog')).toBeVisible();
    await expectNoAccessibilityViolations(page);
  });

  test(`the idea page's diagram, chart and dialogs have no accessibility violations (${language})`, async ({
    page,
  }) => {
    await signInAs(page, 'Lena Holm');
    await chooseLanguage(page, language);
    // A scaled idea: its diagram with the end reached, its impact chart and table.
    await page.goto('/board');
    // The ended columns are folded until opened.
    const scaled = page.getByRole('region', { name: /^(Scaled|Skalad) / });
    await scaled.getByRole('button', { name: /^(Scaled|Skalad) / }).click();
    await scaled.getByRole('link').first().click();
    await expect(page.getByTestId('bpmn-diagram').locator('svg').first()).toBeVisible();
    await expectNoAccessibilityViolations(page);

    // An idea in the plan stage: the test card form and the decision dialog, open.
    await page.goto('/board');
    await page
      .getByRole('region', { name: /^(Plan|Planering) / })
      .getByRole('link')
      .first()
      .click();
    await expect(
      page.getByTestId('bpmn-diagram').locator('.current-activity').first(),
    ).toBeVisible();
    await page.locator('#actions').getByRole('button').first().click();
    await expect(page.getByRole('dialog')).toBeVisible();
    await expectNoAccessibilityViolations(page);
    await page.keyboard.press('Escape');
    await expect(page.getByRole('dialog')).toBeHidden();
    await page.getByRole('button', { name: /^(Add a test card|Lägg till ett testkort)$/ }).click();
    await expect(page.getByRole('dialog')).toBeVisible();
    await page
      .getByRole('dialog')
      .getByRole('button', { name: /^(Save the test card|Spara testkortet)$/ })
      .click();
    await expect(page.getByRole('dialog').getByRole('link').first()).toBeVisible();
    await expectNoAccessibilityViolations(page);
    await page.keyboard.press('Escape');

    // The board with a card's "Move to…" menu open.
    await page.goto('/board');
    await page
      .getByRole('button', { name: /^(Move to…|Flytta till…)/ })
      .first()
      .click();
    await expectNoAccessibilityViolations(page);
  });
}

test.describe('the challenge pages', () => {
  // A public challenge, opened once by a lab lead for all these tests (the demo has none).
  let challenge = '';
  async function publicChallenge(browser: Browser, baseURL: string | undefined): Promise<string> {
    if (!challenge) {
      const context = await browser.newContext({ locale: 'en-GB', baseURL });
      const page = await context.newPage();
      await signInAs(page, 'Lena Holm');
      const title = `Fewer cars near schools ${String(Date.now())}`;
      challenge = new URL(await openChallenge(page, title)).pathname;
      await context.close();
    }
    return challenge;
  }

  for (const language of ['en', 'sv', 'da', 'nl'] as const) {
    test(`the public challenge pages have no accessibility violations (${language})`, async ({
      page,
      browser,
      baseURL,
    }) => {
      const challenge = await publicChallenge(browser, baseURL);
      await page.goto('/public/challenges');
      await chooseLanguage(page, language);
      await expect(page.locator('main li h2 a').first()).toBeVisible();
      await expectNoAccessibilityViolations(page);
      await page.goto(`/public${challenge}`);
      await expect(page.locator('main form')).toBeVisible();
      await expectNoAccessibilityViolations(page);
      // The form's errors, tied to their fields.
      await page.locator('main form button[type="submit"]').last().click();
      await expect(page.locator('main [aria-invalid="true"]').first()).toBeVisible();
      await expectNoAccessibilityViolations(page);
      for (const path of ['/public/confirm/no-such-token', '/public/erase/no-such-token']) {
        await page.goto(path);
        await expect(page.locator('main h1')).toBeVisible();
        await expectNoAccessibilityViolations(page);
        // An unknown link: the page says it no longer works.
        await page.locator('main button').click();
        await expect(page.locator('main [data-color="warning"]')).toBeVisible();
        await expectNoAccessibilityViolations(page);
      }
    });

    test(`the staff's challenge pages have no accessibility violations (${language})`, async ({
      page,
      browser,
      baseURL,
    }) => {
      const challenge = await publicChallenge(browser, baseURL);
      await signInAs(page, 'Lena Holm');
      await chooseLanguage(page, language);
      for (const path of ['/challenges', '/challenges/new', challenge]) {
        await page.goto(path);
        await expect(page.locator('main h1')).toBeVisible();
        await expect(page.locator('main .loading')).toHaveCount(0);
        await expectNoAccessibilityViolations(page);
      }
    });
  }
});
