import { expect, test, type Locator, type Page } from '@playwright/test';

import { inDays, signInAs, switchTo } from './support';

/**
 * The flow from submission to the test gate's decision by keyboard alone: every control is
 * reached by focus and used with Enter, Space or typing; the mouse is never used.
 */
async function type(target: Locator, text: string): Promise<void> {
  await target.focus();
  await target.page().keyboard.type(text);
}

async function activate(target: Locator, key: 'Enter' | 'Space' = 'Enter'): Promise<void> {
  await target.focus();
  await target.press(key);
}

/**
 * Types a date into a date field. The order of its day, month and year segments follows the
 * browser's language, so a first date tells which comes first; the real one is typed over it.
 */
async function typeDate(field: Locator, isoDate: string): Promise<void> {
  await type(field, '01022030');
  const monthFirst = (await field.inputValue()) === '2030-01-02';
  // Focus returns to the first segment only when it comes from outside the field.
  await field.blur();
  const [year = '', month = '', day = ''] = isoDate.split('-');
  await type(field, monthFirst ? `${month}${day}${year}` : `${day}${month}${year}`);
}

function stage(page: Page): Locator {
  return page.locator('dt', { hasText: /^Stage$/ }).locator('xpath=following-sibling::dd[1]');
}

async function recordDecision(dialog: Locator): Promise<void> {
  await activate(dialog.getByRole('button', { name: 'Record the decision' }));
  await expect(dialog).toBeHidden();
}

test('submit, screen, plan, test and decide by keyboard alone', async ({ page }) => {
  const title = 'Reading buddies for new arrivals';
  await signInAs(page, 'Anna Berg');
  await activate(page.getByRole('link', { name: 'Submit an idea' }));
  await type(page.getByLabel('Title'), title);
  await type(page.getByLabel('Problem'), 'New arrivals read little Swedish at home.');
  await type(page.getByLabel('Proposal'), 'Pair them with volunteer reading buddies.');
  await activate(page.getByRole('button', { name: 'Save and submit' }));
  await expect(page.getByText('The idea was submitted.')).toBeVisible();
  await page.waitForURL(/\/ideas\/\d+$/);
  const idea = page.url();
  const reference = (await page.locator('.idea-reference').textContent()) ?? '';

  // Screening from the board: the card's "Move to…" menu, then the decision dialog.
  await switchTo(page, 'Lena Holm');
  await page.goto(`/board?q=${reference}`);
  await activate(page.getByRole('button', { name: `Move to… ${title}` }));
  await activate(page.getByRole('button', { name: 'Plan (Go)' }));
  const screening = page.getByRole('dialog');
  await expect(
    screening.getByRole('heading', { name: 'Decide at the Screening gate' }),
  ).toBeVisible();
  for (const score of ['Strategic fit', 'Value for citizens', 'Feasibility', 'Novelty']) {
    await screening.getByLabel(score).focus();
    await page.keyboard.press('4');
    await expect(screening.getByLabel(score)).toHaveValue('4');
  }
  await type(screening.getByLabel('Rationale'), 'Cheap to try in one library.');
  await recordDecision(screening);
  await expect(page.getByText(`Decision on ${reference} recorded: Go at Screening.`)).toBeVisible();
  await expect(
    page.getByRole('region', { name: /^Plan/ }).getByRole('link', { name: title }),
  ).toBeVisible();

  await page.goto(idea);
  await activate(page.getByRole('button', { name: 'Add a test card' }));
  const card = page.getByRole('dialog');
  await type(card.getByLabel('Title'), 'Ten pairs for a term');
  await type(card.getByLabel('We believe…'), 'Reading together helps.');
  await type(card.getByLabel('To verify that, we will…'), 'Pair ten families.');
  await type(card.getByLabel('And measure…'), 'Books read per month.');
  await type(card.getByLabel('We are right if…'), 'They read twice as much.');
  await type(card.getByLabel('Time box in days'), '60');
  await activate(card.getByRole('button', { name: 'Save the test card' }));
  await expect(page.getByText('The test card was added.')).toBeVisible();

  await activate(page.getByRole('button', { name: 'Decide at the Plan gate' }));
  const plan = page.getByRole('dialog');
  await type(plan.getByLabel('Rationale'), 'A small, cheap test.');
  await typeDate(plan.getByLabel('Time box ends on'), inDays(60));
  await expect(plan.getByLabel('Time box ends on')).toHaveValue(inDays(60));
  await recordDecision(plan);
  await expect(stage(page)).toHaveText('Test');

  await activate(page.getByRole('button', { name: 'Record the result of Ten pairs for a term' }));
  const result = page.getByRole('dialog');
  await type(result.getByLabel('Result'), 'They read three times as much.');
  await activate(result.getByRole('radio', { name: 'Validated', exact: true }), 'Space');
  await expect(result.getByRole('radio', { name: 'Validated', exact: true })).toBeChecked();
  await type(result.getByLabel('We believed…'), 'Reading together helps.');
  await type(result.getByLabel('We observed…'), 'Families kept meeting.');
  await type(result.getByLabel('We learned…'), 'Buddies matter more than books.');
  await type(result.getByLabel('Therefore we will…'), 'Propose it for every library.');
  await activate(result.getByRole('button', { name: 'Record the result', exact: true }));
  await expect(page.getByText('The result and learning card were recorded.')).toBeVisible();

  await activate(page.getByRole('button', { name: 'Decide at the Test gate' }));
  const decide = page.getByRole('dialog');
  await activate(decide.getByRole('radio', { name: 'Go' }), 'Space');
  await type(decide.getByLabel('Rationale'), 'Validated; propose to scale.');
  await recordDecision(decide);
  await expect(stage(page)).toHaveText('Scale decision');
});
