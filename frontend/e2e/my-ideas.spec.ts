import { expect, test } from '@playwright/test';

import { announcer, expectNoAccessibilityViolations, signInAs, switchTo } from './support';

/**
 * A saved draft is not a dead end: its author finds it under My ideas and opens it; a decision
 * that ends an idea for good asks first, and every action is confirmed where a screen reader
 * hears it.
 */
test('a draft is found under My ideas; Decline asks first and is announced', async ({ page }) => {
  const title = 'Library cards for newcomers';
  await signInAs(page, 'Anna Berg');
  await page.getByRole('link', { name: 'Submit an idea' }).click();
  await page.getByLabel('Title').fill(title);
  await page.getByLabel('Problem').fill('Newcomers wait weeks for a library card.');
  await page.getByLabel('Proposal').fill('Hand out a card with the welcome letter.');
  await page.getByRole('button', { name: 'Save draft' }).click();
  await expect(announcer(page)).toContainText('The draft was saved.');

  // The draft is on no board column, but it is under My ideas, newest first.
  await page.getByRole('link', { name: 'Home' }).click();
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'My ideas' })
    .click();
  const mine = page.getByRole('table', { name: 'My ideas' });
  const first = mine.getByRole('row').nth(1);
  await expect(first).toContainText(title);
  await expect(first).toContainText('Draft');
  await expectNoAccessibilityViolations(page);
  await first.getByRole('link', { name: new RegExp(title) }).click();
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  const reference = (await page.locator('.idea-reference').textContent()) ?? '';

  await page.getByRole('button', { name: 'Submit the idea' }).click();
  await expect(announcer(page)).toContainText('The idea was submitted.');
  const idea = page.url();

  // Lena declines it at screening: Kill ends the idea, so she must confirm.
  await switchTo(page, 'Lena Holm');
  await page.goto(idea);
  await page.getByRole('button', { name: 'Decide at the Screening gate' }).click();
  const dialog = page.getByRole('dialog', { name: 'Decide at the Screening gate' });
  await dialog.getByRole('radio', { name: 'Kill' }).check();
  for (const score of ['Strategic fit', 'Value for citizens', 'Feasibility', 'Novelty']) {
    await dialog.getByLabel(score).selectOption('1');
  }
  await dialog.getByLabel('Rationale').fill('The libraries already do this.');
  await dialog.getByRole('button', { name: 'Record the decision' }).click();

  const sure = page.getByRole('dialog', { name: 'End this idea for good?' });
  await expect(sure).toContainText(`Kill at Screening ends ${reference} ${title}`);
  await expectNoAccessibilityViolations(page);
  await sure.getByRole('button', { name: 'Cancel' }).click();
  await expect(sure).toBeHidden();
  await expect(dialog).toBeVisible();

  await dialog.getByRole('button', { name: 'Record the decision' }).click();
  await sure.getByRole('button', { name: 'Yes, Kill' }).click();
  await expect(dialog).toBeHidden();
  await expect(announcer(page)).toContainText(
    `Decision on ${reference} recorded: Kill at Screening.`,
  );
  await expect(page.getByRole('region', { name: 'What you can do' })).toContainText('it has ended');
});
