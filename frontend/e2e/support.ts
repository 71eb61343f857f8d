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
  // Dialogs and menus fade in; contrast is measured once they are fully drawn.
  await page.evaluate(
    'Promise.allSettled(document.getAnimations().map((animation) => animation.finished))',
  );
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  expect(
    results.violations.map(
      (violation) =>
        `${violation.id}: ${violation.help} at ${violation.nodes
          .map((node) => node.target.join(' '))
          .join(', ')}`,
    ),
  ).toEqual([]);
}

/** Switches the app's language with the header's language switch. */
export async function chooseLanguage(page: Page, language: 'en' | 'sv'): Promise<void> {
  await page.getByLabel(/^(Language|Språk)$/).selectOption(language);
  await expect(page.locator('html')).toHaveAttribute('lang', language);
}

/** Signs out with the header's button and signs in again as someone else. */
export async function switchTo(page: Page, name: string): Promise<void> {
  await page.getByRole('button', { name: 'Sign out' }).click();
  await signInAs(page, name);
}

/** Writes an idea with the submit form and submits it; answers the idea page's address. */
export async function submitIdea(page: Page, title: string): Promise<string> {
  await page.getByRole('link', { name: 'Submit an idea' }).click();
  await page.getByLabel('Title').fill(title);
  await page.getByLabel('Problem').fill(`The problem behind: ${title}.`);
  await page.getByLabel('Proposal').fill(`What we propose: ${title}.`);
  await page.getByRole('button', { name: 'Save and submit' }).click();
  await expect(page.getByText('The idea was submitted.')).toBeVisible();
  return page.url();
}

/** A date some days from today, as yyyy-mm-dd (what a date field's fill() takes). */
export function inDays(days: number): string {
  const date = new Date(Date.now() + days * 24 * 60 * 60 * 1000);
  return date.toISOString().slice(0, 10);
}

export const learningCard = {
  'We believed…': 'We believed residents would use it.',
  'We observed…': 'We observed how they used it.',
  'We learned…': 'We learned what works.',
  'Therefore we will…': 'Therefore we will act on it.',
};
