import { expect, test, type Page } from '@playwright/test';

import {
  addTestCard,
  approvePlan,
  expectNoAccessibilityViolations,
  proposeScaling,
  recordResult,
  screenGo,
  signInAs,
  submitIdea,
  switchTo,
} from './support';

/**
 * Conflicts of interest (four eyes): nobody takes a gate decision on an idea they submitted or
 * co-authored, nor the scale decision on one they proposed for scaling. Each refusal says why
 * and who may act; where nobody may, the idea waits visibly.
 */

function whoDecides(page: Page) {
  return page.locator('#actions').getByRole('region', { name: 'Who decides' });
}

test('an executive who submitted an idea is told who decides its scale, and offered no decision', async ({
  page,
}) => {
  const title = 'Shared cargo bikes for home care';
  await signInAs(page, 'Karin Dahl');
  const idea = await submitIdea(page, title);
  const reference = (await page.locator('.idea-reference').textContent()) ?? '';

  await switchTo(page, 'Lena Holm');
  await page.goto(idea);
  await screenGo(page);
  await addTestCard(page, 'Two bikes for a month');
  await approvePlan(page);
  await recordResult(page, 'Two bikes for a month', 'Validated', 'Carers cycle.');
  await proposeScaling(page);
  await expect(whoDecides(page)).toContainText(
    'Erik Lund and Maria Sandberg may take this decision (executive, Norrvik municipality).',
  );

  // Karin is an executive, but she submitted the idea: another executive decides.
  await switchTo(page, 'Karin Dahl');
  await page.goto(idea);
  await expect(whoDecides(page)).toContainText(
    'Another executive of Norrvik municipality decides this: you submitted the idea (Erik Lund and Maria Sandberg may).',
  );
  await expect(page.getByRole('button', { name: /^Decide at the/ })).toHaveCount(0);
  await expectNoAccessibilityViolations(page);

  // Nor does the board offer her a move, nor her tasks the decision.
  await page.goto(`/board?q=${reference}`);
  const card = page
    .getByRole('region', { name: /^Scale decision/ })
    .getByRole('article')
    .filter({ hasText: title });
  await expect(card).toBeVisible();
  await expect(card.getByRole('button')).toHaveCount(0);
  await page.goto('/my-tasks');
  await expect(page.getByRole('heading', { level: 1, name: 'My tasks' })).toBeVisible();
  await expect(page.locator('main').getByText(reference)).toHaveCount(0);

  // An executive who did not write it sees the decision, on the page and in their tasks.
  await switchTo(page, 'Maria Sandberg');
  await page.goto('/my-tasks');
  await expect(page.getByRole('link', { name: `${reference} ${title}` })).toBeVisible();
  await page.goto(idea);
  await expect(page.getByRole('button', { name: 'Decide at the Scale gate' })).toBeVisible();
  await expect(whoDecides(page)).toHaveCount(0);
});

test('whoever proposed scaling is told that four eyes keep them from the scale decision', async ({
  page,
}) => {
  // In the demo, Karin (lab lead and executive) proposed the e-signature pilot for scaling.
  await signInAs(page, 'Karin Dahl');
  await page.goto('/board?q=e-signature');
  await page
    .getByRole('region', { name: /^Scale decision/ })
    .getByRole('link', { name: 'E-signature for social-services applications' })
    .click();
  await expect(whoDecides(page)).toContainText(
    'Another executive of Norrvik municipality decides this: you proposed scaling it (four eyes) (Erik Lund and Maria Sandberg may).',
  );
  await expect(page.getByRole('button', { name: 'Decide at the Scale gate' })).toHaveCount(0);
  await expectNoAccessibilityViolations(page);
});

test('an idea that nobody may screen waits visibly, on its page and in the lab’s tasks', async ({
  page,
}) => {
  // Karin writes the idea with Lena: Norrvik's two lab leads are both its authors.
  const title = 'Lab-run bike repair café';
  await signInAs(page, 'Karin Dahl');
  await page.getByRole('link', { name: 'Submit an idea' }).click();
  await page.getByLabel('Title').fill(title);
  await page.getByLabel('Problem').fill('Broken bikes stand unused in every courtyard.');
  await page.getByLabel('Proposal').fill('A monthly repair café run with the lab.');
  await page.getByRole('button', { name: 'Save draft' }).click();
  await expect(page.getByText('The draft was saved.')).toBeVisible();
  await page.waitForURL(/\/ideas\/\d+$/);
  const idea = page.url();
  const reference = (await page.locator('.idea-reference').textContent()) ?? '';

  await page.getByRole('button', { name: 'Name co-authors' }).click();
  const dialog = page.getByRole('dialog', { name: 'Co-authors' });
  await dialog.getByRole('checkbox', { name: 'Lena Holm' }).check();
  await expectNoAccessibilityViolations(page);
  await dialog.getByRole('button', { name: 'Save the co-authors' }).click();
  await expect(page.getByText('The co-authors were saved.')).toBeVisible();
  await expect(page.getByRole('region', { name: 'Details' })).toContainText('Lena Holm');
  await page.getByRole('button', { name: 'Submit the idea' }).click();
  await expect(page.getByText('The idea was submitted.')).toBeVisible();
  await expect(whoDecides(page)).toContainText(
    'The idea waits: nobody else in Norrvik municipality may take this decision. You may not (you submitted the idea), and no other lab lead may.',
  );

  // Lena, a co-author, may not screen it either; her tasks show it waiting, and why.
  await switchTo(page, 'Lena Holm');
  await page.goto('/my-tasks');
  const task = page
    .locator('main li')
    .filter({ has: page.getByRole('link', { name: `${reference} ${title}` }) });
  await expect(task).toContainText('Waiting');
  await expect(task).toContainText(
    'The idea waits: nobody in your organisation may take this decision now. You may not: you co-authored the idea.',
  );
  await expectNoAccessibilityViolations(page);
  await page.goto(idea);
  await expect(whoDecides(page)).toContainText('You may not (you co-authored the idea)');
  await expect(page.getByRole('button', { name: /^Decide at the/ })).toHaveCount(0);
  // An author supports no idea of their own.
  await expect(page.getByRole('button', { name: 'Support this idea' })).toHaveCount(0);
});
