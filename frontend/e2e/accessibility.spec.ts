import { expect, test } from '@playwright/test';

import { chooseLanguage, expectNoAccessibilityViolations, signInAs } from './support';

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
    await expect(page.locator('.dashboard-figure')).toHaveCount(6);
    for (const summary of await page.locator('.dashboard-figure summary').all()) {
      await summary.click();
    }
    await expectNoAccessibilityViolations(page);
  });

  test(`the signed-in pages have no accessibility violations (${language})`, async ({ page }) => {
    await signInAs(page, 'Lena Holm');
    await chooseLanguage(page, language);
    for (const path of ['/', '/board', '/my-tasks', '/ideas/new', '/lessons', '/dashboard']) {
      await page.goto(path);
      await expect(page.locator('main h1')).toBeVisible();
      await expectNoAccessibilityViolations(page);
    }
    await page.goto('/board');
    await page.getByRole('region').first().getByRole('link').first().click();
    await expect(page.locator('main h1')).toBeVisible();
    await expectNoAccessibilityViolations(page);
  });
}
