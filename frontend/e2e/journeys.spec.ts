import { expect, test } from '@playwright/test';

import {
  addTestCard,
  approvePlan,
  learningCard,
  openDecision,
  record,
  recordResult,
  screenGo,
  signInAs,
  stage,
  submitIdea,
  switchTo,
} from './support';

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
  await scale.getByLabel('Receiving unit').selectOption('Contact centre');
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

  await page.goto(`/board?q=${reference}`);
  const scaled = page.getByRole('region', { name: /^Scaled/ });
  // The ended columns are folded until opened.
  await scaled.getByRole('button', { name: /^Scaled/, expanded: false }).click();
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
  await kill.getByRole('button', { name: 'Record the decision' }).click();
  // A Kill ends the idea for good: the page asks first.
  await page
    .getByRole('dialog', { name: 'End this idea for good?' })
    .getByRole('button', { name: 'Yes, Kill' })
    .click();
  await expect(page.getByRole('dialog')).toHaveCount(0);

  await expect(stage(page)).toHaveText('Stopped');
  const decisions = page.getByRole('region', { name: 'Gate decisions' });
  const stopped = decisions.getByRole('article', { name: 'Test: Kill' });
  await expect(stopped.getByRole('heading', { name: 'Learning card' })).toBeVisible();
  await expect(stopped).toContainText('Airspace rules forbid it.');
  const experiments = page.getByRole('region', { name: 'Experiments' });
  await expect(experiments).toContainText('No drones here.');
});
