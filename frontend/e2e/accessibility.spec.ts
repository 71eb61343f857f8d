import { expect, test } from '@playwright/test';

import { chooseLanguage, expectNoAccessibilityViolations, signInAs } from './support';

for (const language of ['en', 'sv'] as const) {
  test(`the sign-in page has no accessibility violations (${language})`, async ({ page }) => {
    await page.goto('/sign-in');
    await chooseLanguage(page, language);
    await expectNoAccessibilityViolations(page);
  });

  test(`the signed-in pages have no accessibility violations (${language})`, async ({ page }) => {
    await signInAs(page, 'Lena Holm');
    await chooseLanguage(page, language);
    for (const path of ['/', '/board', '/my-tasks', '/ideas/new']) {
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
