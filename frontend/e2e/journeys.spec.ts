import { expect, test, type Locator, type Page } from '@playwright/test';

import { inDays, learningCard, signInAs, submitIdea, switchTo } from './support';

/** Opens the decision dialog of a gate on the idea page. */
async function openDecision(page: Page, gate: string): Promise<Locator> {
  await page.getByRole('button', { name: `Decide at the ${gate} gate` }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByRole('heading', { name: `Decide at the ${gate} gate` })).toBeVisible();
  return dialog;
}

async function record(dialog: Locator): Promise<void> {
  await dialog.getByRole('button', { name: 'Record the decision' }).click();
  await expect(dialog).toBeHidden();
}

async function screenGo(page: Page): Promise<void> {
  const dialog = await openDecision(page, 'Screening');
  await dialog.getByRole('radio', { name: 'Go' }).check();
  for (const score of ['Strategic fit', 'Value for citizens', 'Feasibility', 'Novelty']) {
    await dialog.getByLabel(score).selectOption('4');
  }
  await dialog.getByLabel('Rationale').fill('A clear need and cheap to test.');
  await record(dialog);
  await expect(stage(page)).toHaveText('Plan');
}

function stage(page: Page): Locator {
  return page.locator('dt', { hasText: /^Stage$/ }).locator('xpath=following-sibling::dd[1]');
}

async function addTestCard(page: Page, title: string): Promise<void> {
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

async function approvePlan(page: Page): Promise<void> {
  const dialog = await openDecision(page, 'Plan');
  await dialog.getByLabel('Rationale').fill('The test card is sound.');
  await dialog.getByLabel('Time box ends on').fill(inDays(30));
  await record(dialog);
  await expect(stage(page)).toHaveText('Test');
}

async function recordResult(
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

test('a lab lead and an executive take an idea from submission to Scaled', async ({ page }) => {
  await signInAs(page, 'Anna Berg');
  const idea = await submitIdea(page, 'Online booking at the family centre');
  const reference = (await page.locator('.idea-reference').textContent()) ?? '';

  await switchTo(page, 'Lena Holm');
  await page.goto(idea);
  await screenGo(page);
  await addTestCard(page, 'Online booking in the north district');

  await page.getByRole('button', { name: 'Add an impact target' }).click();
  const target = page.getByRole('dialog');
  await target.getByLabel('Metric').fill('Bookings made online');
  await target.getByLabel('Unit').fill('%');
  await target.getByLabel('Baseline').fill('5');
  await target.getByLabel('Target').fill('40');
  await target.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByText('The impact target was added.')).toBeVisible();

  await approvePlan(page);
  await recordResult(page, 'Online booking in the north district', 'Validated', 'Families book.');
  const proposal = await openDecision(page, 'Test');
  await proposal.getByRole('radio', { name: 'Go' }).check();
  await proposal.getByLabel('Rationale').fill('Validated: we propose to scale it.');
  await record(proposal);
  await expect(stage(page)).toHaveText('Scale decision');
  // Four eyes: who proposed scaling does not decide on it (and a lab lead does not anyway).
  await expect(page.getByRole('button', { name: 'Decide at the Scale gate' })).toHaveCount(0);

  await switchTo(page, 'Maria Sandberg');
  await page.goto(idea);
  const scale = await openDecision(page, 'Scale');
  await scale.getByRole('radio', { name: 'Go' }).check();
  await scale.getByLabel('Rationale').fill('Worth it for every family centre.');
  await scale.getByLabel('Budget').fill('120000');
  await scale.getByLabel('Receiving unit').fill('Family services');
  for (const item of await scale.getByRole('checkbox').all()) {
    await item.check();
  }
  await record(scale);
  await expect(stage(page)).toHaveText('Scaling');

  await switchTo(page, 'Lena Holm');
  await page.goto(idea);
  await page.getByRole('button', { name: 'Record a measurement of Bookings made online' }).click();
  const measurement = page.getByRole('dialog');
  await measurement.getByLabel('Value (%)').fill('38');
  await measurement.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByText('The measurement was recorded.')).toBeVisible();
  const impact = page.getByRole('region', { name: 'Impact targets' });
  await expect(impact.getByRole('table')).toContainText('38 %');
  await expect(impact.getByTestId('impact-chart')).toBeVisible();

  const adoption = await openDecision(page, 'Adoption');
  await adoption.getByLabel('Rationale').fill('Family services run it now.');
  await record(adoption);
  await expect(stage(page)).toHaveText('Scaled');
  await expect(page.getByRole('region', { name: 'Process diagram' })).toContainText(
    'The idea is at: Idea scaled.',
  );
  await page.screenshot({ path: '../docs/screenshots/idea.png', fullPage: false });

  await page.goto(`/board?q=${reference}`);
  const scaled = page.getByRole('region', { name: /^Scaled/ });
  await expect(
    scaled.getByRole('link', { name: 'Online booking at the family centre' }),
  ).toBeVisible();
});

test('an idea is stopped at the test gate and its page shows the learning card', async ({
  page,
}) => {
  await signInAs(page, 'Omar Haddad');
  const idea = await submitIdea(page, 'Drone delivery of library books');

  await switchTo(page, 'Lena Holm');
  await page.goto(idea);
  await screenGo(page);
  await addTestCard(page, 'Deliver to ten readers for a month');
  await approvePlan(page);
  await recordResult(page, 'Deliver to ten readers for a month', 'Invalidated', 'No drones here.');

  const kill = await openDecision(page, 'Test');
  await kill.getByRole('radio', { name: 'Kill' }).check();
  await kill.getByLabel('Rationale').fill('The airspace rules rule it out.');
  for (const [label, text] of Object.entries(learningCard)) {
    await kill.getByLabel(label).fill(label === 'We learned…' ? 'Airspace rules forbid it.' : text);
  }
  await record(kill);

  await expect(stage(page)).toHaveText('Stopped');
  const decisions = page.getByRole('region', { name: 'Gate decisions' });
  const stopped = decisions.getByRole('article', { name: 'Test: Kill' });
  await expect(stopped.getByRole('heading', { name: 'Learning card' })).toBeVisible();
  await expect(stopped).toContainText('Airspace rules forbid it.');
  const experiments = page.getByRole('region', { name: 'Experiments' });
  await expect(experiments).toContainText('No drones here.');
});
