import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

/** Signs in from the sign-in page as the named demo person. */
export async function signInAs(page: Page, name: string): Promise<void> {
  await page.goto('/sign-in');
  await page.getByRole('button', { name: `Sign in as ${name}` }).click();
  await expect(page.getByText(`Signed in as ${name}`)).toBeVisible();
}

/** Runs axe-core against the page for WCAG 2.1 A and AA and expects no violations. */
export async function expectNoAccessibilityViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  expect(results.violations.map((violation) => `${violation.id}: ${violation.help}`)).toEqual([]);
}

/** Switches the app's language with the header's language switch. */
export async function chooseLanguage(page: Page, language: 'en' | 'sv'): Promise<void> {
  await page.getByLabel(/^(Language|Språk)$/).selectOption(language);
  await expect(page.locator('html')).toHaveAttribute('lang', language);
}
