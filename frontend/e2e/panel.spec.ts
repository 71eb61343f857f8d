import { expect, test, type Page } from '@playwright/test';

import {
  expectNoAccessibilityViolations,
  openDecision,
  record,
  signInAs,
  stage,
  submitIdea,
  switchTo,
} from './support';

const NOTES = {
  'Omar Haddad': 'Omar thinks the district office will resist.',
  'Erik Lund': 'Erik finds it cheaper than it looks.',
  'Maria Sandberg': 'Maria wants the union asked first.',
} as const;

const ANSWER = 'Go: plan a test in one district; the panel saw real value for families.';

/** A reviewer finds the review in their tasks and scores the rubric with private notes. */
async function review(page: Page, idea: string, name: keyof typeof NOTES, scores: number[]) {
  await switchTo(page, name);
  await page.getByRole('link', { name: 'My tasks' }).click();
  await expect(page.getByText('Review for the Screening gate')).toBeVisible();
  await page.goto(idea);
  const panel = page.getByRole('region', { name: 'Screening panel' });
  const criteria = ['Strategic fit', 'Value for citizens', 'Feasibility', 'Novelty'];
  for (const [i, criterion] of criteria.entries()) {
    await panel.getByLabel(criterion).fill(String(scores[i]));
  }
  await panel.getByLabel('Your private notes').fill(NOTES[name]);
  await panel.getByRole('button', { name: 'Submit review' }).click();
  await expect(page.getByText('Your review is in.')).toBeVisible();
}

test('three reviewers score, the lab lead sees the spread and decides, the submitter reads only the answer', async ({
  page,
}) => {
  await signInAs(page, 'Anna Berg');
  const idea = await submitIdea(page, 'Homework help by video call');

  await switchTo(page, 'Lena Holm');
  await page.goto(idea);
  const panel = page.getByRole('region', { name: 'Screening panel' });
  for (const name of Object.keys(NOTES)) {
    await panel.getByRole('checkbox', { name }).check();
  }
  await panel.getByRole('button', { name: 'Assign the panel' }).click();
  await expect(page.getByText('The panel is assigned; the reviewers are told.')).toBeVisible();

  await review(page, idea, 'Omar Haddad', [5, 4, 4, 2]);
  // A reviewer never reads another's notes, before or after their own review.
  await review(page, idea, 'Erik Lund', [1, 4, 3, 2]);
  await expect(page.getByText(NOTES['Omar Haddad'])).toHaveCount(0);
  await review(page, idea, 'Maria Sandberg', [3, 4, 4, 3]);

  await switchTo(page, 'Lena Holm');
  await page.goto(idea);
  for (const note of Object.values(NOTES)) {
    await expect(panel.getByText(note)).toBeVisible();
  }
  const spread = panel.getByRole('table', { name: 'Spread of the scores' });
  await expect(spread.getByRole('row', { name: /Strategic fit/ })).toContainText('Disagreement');
  await expect(spread.getByRole('row', { name: /Value for citizens/ })).not.toContainText(
    'Disagreement',
  );
  await expect(panel.getByText(/The rubric on the mean scores/)).toBeVisible();
  await expectNoAccessibilityViolations(page);

  const dialog = await openDecision(page, 'Screening');
  await dialog.getByRole('radio', { name: 'Go' }).check();
  for (const score of ['Strategic fit', 'Value for citizens', 'Feasibility', 'Novelty']) {
    await dialog.getByLabel(score).selectOption('3');
  }
  await dialog.getByLabel('Rationale').fill(ANSWER);
  await record(dialog);
  await expect(stage(page)).toHaveText('Plan');
  await expect(panel.getByText('Kept with the screening decision, as it was.')).toBeVisible();

  await switchTo(page, 'Anna Berg');
  await page.goto(idea);
  await expect(page.getByText(ANSWER)).toBeVisible();
  await expect(page.getByRole('region', { name: 'Screening panel' })).toHaveCount(0);
  for (const note of Object.values(NOTES)) {
    await expect(page.getByText(note)).toHaveCount(0);
  }
});
