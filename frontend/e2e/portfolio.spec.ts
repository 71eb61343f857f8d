import { expect, test } from '@playwright/test';

import { signInAs } from './support';

/** The demo's people who did not consent to be named in public, and everyone's e-mail. */
const unnamed = [
  'Anna Berg',
  'Omar Haddad',
  'Lena Holm',
  'Jonas Ek',
  'Maria Sandberg',
  'Erik Lund',
  'Karin Dahl',
  'Alex Admin',
];
const emails = /@(norrvik|sjöstad|sjostad)\.example/i;

test('the public portfolio needs no sign-in and names nobody without consent', async ({ page }) => {
  await page.goto('/public');
  await expect(page.getByRole('heading', { level: 1, name: 'Public portfolio' })).toBeVisible();
  const ideas = page.locator('main li h2 a');
  await expect(ideas.first()).toBeVisible();
  const listed = await ideas.allInnerTexts();
  expect(listed.length).toBeGreaterThan(3);
  const listText = await page.locator('main').innerText();
  for (const name of unnamed) {
    expect(listText).not.toContain(name);
  }
  expect(listText).not.toMatch(emails);

  await page.getByRole('link', { name: /A school-route safety app/ }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'A school-route safety app' }),
  ).toBeVisible();
  await expect(
    page.getByText('Parents know the routes; they do not trust six crossings.'),
  ).toBeVisible();
  await expect(page.getByText('Invalidated').first()).toBeVisible();
  await page.reload();
  await expect(
    page.getByRole('heading', { level: 1, name: 'A school-route safety app' }),
  ).toBeVisible();
  const ideaText = await page.locator('main').innerText();
  for (const name of unnamed) {
    expect(ideaText).not.toContain(name);
  }
  expect(ideaText).not.toMatch(emails);
});

test('the lessons library finds a stopped idea by a word of its learning card', async ({
  page,
}) => {
  await signInAs(page, 'Omar Haddad');
  await page.goto('/lessons');
  await page.getByRole('searchbox', { name: 'Words' }).fill('crossings');
  await page.getByRole('button', { name: 'Search' }).click();
  await expect(page.getByText('1 stopped idea found.')).toBeVisible();
  await expect(page.getByRole('link', { name: /A school-route safety app/ })).toBeVisible();
});

test('an executive sees the dashboard with its charts and their tables', async ({ page }) => {
  await page.setViewportSize({ width: 1400, height: 1100 });
  await signInAs(page, 'Maria Sandberg');
  await page.getByRole('navigation').getByRole('link', { name: 'Dashboard' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Portfolio dashboard' })).toBeVisible();
  const figures = page.locator('.dashboard-figure');
  await expect(figures).toHaveCount(7);
  await expect(page.locator('.dashboard-chart .recharts-bar-rectangle').first()).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Conversion at each gate' })).toBeVisible();
  await figures.nth(1).getByText('Show the numbers').click();
  await expect(
    figures
      .nth(1)
      .getByRole('table', { name: 'Conversion at each gate' })
      .getByRole('rowheader', { name: 'Screening' }),
  ).toBeVisible();
  await figures.nth(1).getByText('Show the numbers').click();
});

test('an intrapreneur has no dashboard', async ({ page }) => {
  await signInAs(page, 'Anna Berg');
  await expect(page.getByRole('link', { name: 'Dashboard', exact: true })).toHaveCount(0);
  await page.goto('/dashboard');
  await expect(page.getByText('The dashboard could not be loaded.')).toBeVisible();
});
