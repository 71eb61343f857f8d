import AxeBuilder from '@axe-core/playwright';
import { expect, type Locator, type Page } from '@playwright/test';

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
export async function chooseLanguage(
  page: Page,
  language: 'en' | 'sv' | 'da' | 'nl',
): Promise<void> {
  await page.getByLabel(/^(Language|Språk|Sprog|Taal)$/).selectOption(language);
  await expect(page.locator('html')).toHaveAttribute('lang', language);
}

/** Signs out with the header's button and signs in again as someone else. */
export async function switchTo(page: Page, name: string): Promise<void> {
  await page.getByRole('button', { name: 'Sign out' }).click();
  // Signed out only once the app has gone to the sign-in page (leaving earlier can cut the
  // request that ends the session).
  await expect(page).toHaveURL(/\/sign-in/);
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
  // The announcement can come a moment before the idea's page.
  await page.waitForURL(/\/ideas\/\d+$/);
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

/** Opens the decision dialog of a gate on the idea page. */
export async function openDecision(page: Page, gate: string): Promise<Locator> {
  await page.getByRole('button', { name: `Decide at the ${gate} gate` }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByRole('heading', { name: `Decide at the ${gate} gate` })).toBeVisible();
  return dialog;
}

export async function record(dialog: Locator): Promise<void> {
  await dialog.getByRole('button', { name: 'Record the decision' }).click();
  await expect(dialog).toBeHidden();
}

export async function screenGo(page: Page): Promise<void> {
  const dialog = await openDecision(page, 'Screening');
  await dialog.getByRole('radio', { name: 'Go' }).check();
  for (const score of ['Strategic fit', 'Value for citizens', 'Feasibility', 'Novelty']) {
    await dialog.getByLabel(score).selectOption('4');
  }
  await dialog.getByLabel('Rationale').fill('A clear need and cheap to test.');
  await record(dialog);
  await expect(stage(page)).toHaveText('Plan');
}

export function stage(page: Page): Locator {
  return page.locator('dt', { hasText: /^Stage$/ }).locator('xpath=following-sibling::dd[1]');
}

export async function addTestCard(page: Page, title: string): Promise<void> {
  await page.getByRole('button', { name: 'Add a test card' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Title').fill(title);
  await dialog.getByLabel('We believe…').fill('Residents would book online.');
  await dialog.getByLabel('To verify that, we will…').fill('Open online booking in one district.');
  await dialog.getByLabel('And measure…').fill('The share of bookings made online.');
  await dialog.getByLabel('We are right if…').fill('A third of bookings are made online.');
  await dialog.getByLabel('Time box in days').fill('30');
  await dialog.getByRole('button', { name: 'Save the test card' }).click();
  await expect(page.getByText('The test card was added.')).toBeVisible();
  await expect(page.getByRole('heading', { level: 3, name: title })).toBeVisible();
}

export async function approvePlan(page: Page): Promise<void> {
  const dialog = await openDecision(page, 'Plan');
  await dialog.getByLabel('Rationale').fill('The test card is sound.');
  await dialog.getByLabel('Time box ends on').fill(inDays(30));
  await record(dialog);
  await expect(stage(page)).toHaveText('Test');
}

export async function recordResult(
  page: Page,
  experiment: string,
  outcome: 'Validated' | 'Invalidated',
  learned: string,
): Promise<void> {
  await page.getByRole('button', { name: `Record the result of ${experiment}` }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Result').fill(`${outcome}: ${learned}`);
  await dialog.getByRole('radio', { name: outcome, exact: true }).check();
  for (const [label, text] of Object.entries(learningCard)) {
    await dialog.getByLabel(label).fill(label === 'We learned…' ? learned : text);
  }
  await dialog.getByRole('button', { name: 'Record the result', exact: true }).click();
  await expect(page.getByText('The result and learning card were recorded.')).toBeVisible();
}

/** Takes the test gate's Go: the idea is proposed for scaling. */
export async function proposeScaling(page: Page): Promise<void> {
  const dialog = await openDecision(page, 'Test');
  await dialog.getByRole('radio', { name: 'Go' }).check();
  await dialog.getByLabel('Rationale').fill('Validated: we propose to scale it.');
  await record(dialog);
  await expect(stage(page)).toHaveText('Scale decision');
}

/** The app's one live region for confirmations (components/ui/announcer.tsx). */
export function announcer(page: Page) {
  return page.locator('.announcer[aria-live="polite"]');
}

/** Opens a public challenge with the form, as a lab lead or executive; answers its page's address. */
export async function openChallenge(page: Page, title: string): Promise<string> {
  await page.goto('/challenges/new');
  await page.getByLabel('Title').fill(title);
  await page.getByLabel('The problem').fill('Night traffic keeps residents awake.');
  await page.getByLabel('Who is affected').fill('Residents along the main roads.');
  await page
    .getByLabel('What a good answer would look like')
    .fill('Fewer complaints about noise within a year.');
  await expect(page.getByRole('radio', { name: 'Public (residents too)' })).toBeChecked();
  await page.getByRole('button', { name: 'Open the challenge' }).click();
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await page.waitForURL(/\/challenges\/\d+$/);
  return page.url();
}
