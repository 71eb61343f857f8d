import { readFile } from 'node:fs/promises';

import { expect, test, type APIRequestContext, type Page } from '@playwright/test';

import { chooseLanguage, expectNoAccessibilityViolations, signInAs } from './support';

/**
 * A person's data and credentials in the browser (issue 14): access tokens made, used and
 * revoked; the download of "My data"; and an admin erasing a person who left.
 */

const PASSWORD = 'a long enough password';

/** HTTP Basic for a demo user: how a script calls the API (no session, no CSRF token). */
function basic(username: string) {
  return { Authorization: `Basic ${Buffer.from(`${username}:demo`).toString('base64')}` };
}

async function signInWithPassword(page: Page, username: string, password: string) {
  await page.goto('/sign-in');
  await page.getByLabel('Username').fill(username);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
}

/**
 * A new Norrvik intrapreneur who set their password from their invitation link: added by the
 * admin through the API, the link followed in the browser.
 */
async function newPerson(request: APIRequestContext, page: Page, displayName: string) {
  const username = `leaver-${String(Date.now())}`;
  const response = await request.post('/api/admin/people', {
    headers: basic('admin'),
    data: { username, displayName, email: `${username}@norrvik.example`, roles: ['INTRAPRENEUR'] },
  });
  expect(response.status()).toBe(201);
  const invited = (await response.json()) as { invitation: { url: string } };
  await page.goto(new URL(invited.invitation.url).pathname);
  await page.getByLabel('New password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Set my password' }).click();
  await expect(page).toHaveURL(/\/sign-in/);
  return username;
}

test('a token is shown once, works as its person until revoked, then is refused', async ({
  page,
  request,
}) => {
  await signInAs(page, 'Omar Haddad');
  await page.goto('/account/tokens');
  await expect(page.getByRole('heading', { level: 1, name: 'Access tokens' })).toBeVisible();
  await expectNoAccessibilityViolations(page);

  await page.getByRole('button', { name: 'New access token' }).click();
  const dialog = page.getByRole('dialog', { name: 'New access token' });
  await dialog.getByLabel('What is it for?').fill('Weekly report');
  await dialog.getByRole('button', { name: 'Create token' }).click();
  const shown = dialog.getByLabel('Your new token');
  await expect(shown).toHaveValue(/^clt_/);
  const secret = await shown.inputValue();
  await expectNoAccessibilityViolations(page);
  await dialog.getByRole('button', { name: 'Done' }).click();

  const row = page.getByRole('row', { name: /Weekly report/ });
  await expect(row).toContainText('Read only');
  await expect(page.getByRole('main')).not.toContainText(secret);
  await page.reload();
  await expect(page.getByRole('row', { name: /Weekly report/ })).toBeVisible();
  await expect(page.getByLabel('Your new token')).toHaveCount(0);

  const bearer = { Authorization: `Bearer ${secret}` };
  const me = await request.get('/api/me', { headers: bearer });
  expect(me.status()).toBe(200);
  expect(((await me.json()) as { username: string }).username).toBe('omar');

  await page.getByRole('button', { name: 'Revoke Weekly report' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Revoke token' }).click();
  await expect(page.getByRole('row', { name: /Weekly report/ })).toHaveCount(0);

  expect((await request.get('/api/me', { headers: bearer })).status()).toBe(401);
});

test("'My data' downloads what CivicLab holds about the person", async ({ page }) => {
  await signInAs(page, 'Anna Berg');
  await page.goto('/my-data');
  await expect(page.getByRole('heading', { level: 1, name: 'My data' })).toBeVisible();
  await expect(page.getByText('Anna Berg (username anna)')).toBeVisible();
  await expectNoAccessibilityViolations(page);

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download my data (JSON)' }).click();
  const saved = await download;
  expect(saved.suggestedFilename()).toBe('civiclab-my-data.json');
  const data = JSON.parse(await readFile(await saved.path(), 'utf8')) as {
    person: { username: string; displayName: string };
    records: Record<string, unknown[]>;
  };
  expect(data.person.username).toBe('anna');
  expect(data.person.displayName).toBe('Anna Berg');
  expect(data.records.ideasSubmitted?.length).toBeGreaterThan(0);
});

test('an admin erases a person who left, after typing their username, and they can no longer sign in', async ({
  page,
  browser,
  request,
}) => {
  const theirs = await browser.newContext({ locale: 'en-GB' });
  const person = await theirs.newPage();
  const username = await newPerson(request, person, 'Lea Leaver');
  await signInWithPassword(person, username, PASSWORD);
  await expect(person.getByText('Signed in as Lea Leaver')).toBeVisible();
  await person.getByRole('button', { name: 'Sign out' }).click();

  await signInAs(page, 'Alex Admin');
  await page.goto('/admin/erasure');
  await expect(
    page.getByRole('heading', { level: 1, name: "Erase a person's data" }),
  ).toBeVisible();
  await expectNoAccessibilityViolations(page);
  await page
    .getByLabel('Person', { exact: true })
    .selectOption({ label: `Lea Leaver (${username}), Norrvik municipality` });
  const confirmation = page.getByLabel('Username of the person to erase');
  await confirmation.fill('not-their-username');
  await page.getByRole('button', { name: 'Erase their personal data' }).click();
  await expect(page.getByText("Type the chosen person's username exactly.").first()).toBeVisible();
  await expectNoAccessibilityViolations(page);

  await confirmation.fill(username);
  await page.getByRole('button', { name: 'Erase their personal data' }).click();
  await expect(page.getByRole('status')).toContainText("The person's data was erased");
  await expect(page.getByRole('status')).toContainText('Their records now name');
  await expect(
    page.getByRole('option', { name: `Lea Leaver (${username}), Norrvik municipality` }),
  ).toHaveCount(0);

  await signInWithPassword(person, username, PASSWORD);
  await expect(person.getByText('The username or password is wrong.')).toBeVisible();
  await theirs.close();
});

for (const language of ['en', 'sv'] as const) {
  test(`the data and token pages have no accessibility violations (${language})`, async ({
    page,
  }) => {
    await signInAs(page, 'Alex Admin');
    await chooseLanguage(page, language);
    for (const path of ['/account/tokens', '/my-data', '/admin/erasure']) {
      await page.goto(path);
      await expect(page.locator('main h1')).toBeVisible();
      await expect(page.locator('main button').first()).toBeVisible();
      await expectNoAccessibilityViolations(page);
    }
    await page.goto('/account/tokens');
    await page.locator('main button').first().click();
    await expect(page.getByRole('dialog')).toBeVisible();
    await expectNoAccessibilityViolations(page);
  });
}
