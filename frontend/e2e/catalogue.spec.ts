import { expect, test, type APIRequestContext } from '@playwright/test';

import { expectNoAccessibilityViolations, signInAs, switchTo } from './support';

function basic(username: string) {
  return { Authorization: `Basic ${Buffer.from(`${username}:demo`).toString('base64')}` };
}

/** A Norrvik idea kept to its organisation, past its screening Go: never in another's catalogue. */
async function internalNorrvikIdea(request: APIRequestContext, title: string): Promise<string> {
  const created = await request.post('/api/ideas', {
    headers: basic('anna'),
    data: {
      title,
      problem: 'Our own staff rota clashes every summer.',
      proposal: 'Try a shared rota for one department.',
      entryRoute: 'IDEA_DRIVEN',
      themes: [],
      publicIdea: false,
    },
  });
  expect(created.status()).toBe(201);
  const idea = (await created.json()) as { id: number; reference: string; version: number };
  const submitted = await request.post(`/api/ideas/${String(idea.id)}/submit`, {
    headers: basic('anna'),
    data: { version: idea.version },
  });
  expect(submitted.status()).toBe(200);
  const { version } = (await submitted.json()) as { version: number };
  const screened = await request.post(`/api/ideas/${String(idea.id)}/decisions`, {
    headers: basic('lena'),
    data: {
      gate: 'SCREENING',
      outcome: 'GO',
      rationale: 'Worth a try inside Norrvik.',
      version,
      scores: { strategicFit: 4, citizenValue: 4, feasibility: 4, novelty: 4 },
    },
  });
  expect(screened.status()).toBe(201);
  return idea.reference;
}

test("Sjöstad's lab lead adopts Norrvik's scaled pilot from the catalogue; Norrvik sees it and is told", async ({
  page,
  request,
}) => {
  const internal = await internalNorrvikIdea(request, `Summer rota ${String(Date.now())}`);

  await signInAs(page, 'Jonas Ek');
  await page.getByRole('link', { name: 'Catalogue' }).click();
  await expect(page.locator('main h1')).toHaveText('Catalogue of pilots');
  await page.getByLabel('Organisation').selectOption({ label: 'Norrvik municipality' });
  await page.getByLabel('Outcome').selectOption({ label: 'Scaled' });
  await page.getByRole('button', { name: 'Search' }).click();
  await expect(page).toHaveURL(/outcome=SCALED/);
  const pilot = page.getByRole('link', { name: /Digital inclusion cafés in the libraries/ });
  await expect(pilot).toBeVisible();
  await expect(page.getByRole('main')).not.toContainText('Summer rota');
  await expectNoAccessibilityViolations(page);

  await page.getByLabel('Words').fill('Summer rota');
  await page.getByLabel('Organisation').selectOption({ label: 'Any' });
  await page.getByLabel('Outcome').selectOption({ label: 'Any' });
  await page.getByRole('button', { name: 'Search' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'pilots found' })).toHaveText(
    '0 pilots found.',
  );
  await page.goto(`/catalogue/${internal}`);
  await expect(page.getByText('There is no such pilot in the catalogue.')).toBeVisible();

  await page.goto('/catalogue?organisation=&outcome=SCALED&q=Digital%20inclusion');
  await page.getByRole('link', { name: /Digital inclusion cafés in the libraries/ }).click();
  await expect(page.locator('main h1')).toHaveText('Digital inclusion cafés in the libraries');
  await expect(
    page.getByRole('heading', { name: 'A weekly café at the main library' }),
  ).toBeVisible();
  await expect(page.getByText('Library services, Culture and leisure')).toBeVisible();
  await expect(page.getByRole('main')).not.toContainText('Go for all four libraries');
  await expectNoAccessibilityViolations(page);

  await page.getByRole('button', { name: 'Adopt this pilot' }).click();
  await page.waitForURL(/\/ideas\/\d+$/);
  const adoptedUrl = page.url();
  await expect(page.locator('main h1')).toHaveText('Digital inclusion cafés in the libraries');
  await expect(page.getByText('Adopted from')).toBeVisible();
  await expect(page.getByRole('main')).toContainText('Screening');
  await expect(
    page.getByRole('heading', { name: 'A weekly café at the main library' }),
  ).toBeVisible();
  await expectNoAccessibilityViolations(page);

  await switchTo(page, 'Lena Holm');
  const bell = page.getByRole('button', { name: /^Notifications, / });
  await bell.click();
  const told = page
    .getByRole('region', { name: 'Notifications' })
    .getByRole('link')
    .filter({ hasText: 'was adopted by another organisation' })
    .first();
  await expect(told).toContainText('Digital inclusion cafés in the libraries');
  await told.click();
  await expect(page.locator('main h1')).toHaveText('Digital inclusion cafés in the libraries');
  await expect(page.getByText('Adopted by 1 organisation.')).toBeVisible();
  expect(adoptedUrl).not.toEqual(page.url());
});

test('the catalogue is usable on a 390 px phone', async ({ page }) => {
  await signInAs(page, 'Jonas Ek');
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/catalogue');
  await expect(page.locator('main h1')).toBeVisible();
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth > document.documentElement.clientWidth,
  );
  expect(overflow).toBe(false);
  await expectNoAccessibilityViolations(page);
});
