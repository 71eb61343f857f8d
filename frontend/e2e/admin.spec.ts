import { expect, test, type Page } from '@playwright/test';

import { chooseLanguage, expectNoAccessibilityViolations, signInAs } from './support';

const PASSWORD = 'a long enough password';

/** Signs in with the sign-in form, as someone who is no demo user. */
async function signInWithPassword(page: Page, username: string, password: string) {
  await page.goto('/sign-in');
  await page.getByLabel('Username').fill(username);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
}

test('an admin invites a lab lead, who sets a password and signs in, and is refused at once once deactivated', async ({
  page,
  browser,
}) => {
  const username = `nora-${String(Date.now())}`;
  await signInAs(page, 'Alex Admin');
  await page.getByRole('link', { name: 'Administration' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'People' })).toBeVisible();

  await page.getByRole('button', { name: 'Add a person' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Username').fill(username);
  await dialog.getByLabel('Name', { exact: true }).fill('Nora Newcomer');
  await dialog.getByLabel('E-mail').fill(`${username}@norrvik.example`);
  await dialog.getByLabel('Department').fill('Innovation lab');
  await dialog.getByRole('checkbox', { name: 'Intrapreneur' }).uncheck();
  await dialog.getByRole('checkbox', { name: 'Lab lead' }).check();
  await dialog.getByRole('button', { name: 'Add and make an invitation link' }).click();
  const link = await dialog.getByLabel('Invitation link').inputValue();
  expect(link).toContain('/invitation/');
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(page.getByRole('row', { name: /Nora Newcomer/ })).toContainText('Invited');

  // The new person, in a browser of their own.
  const theirs = await browser.newContext({ locale: 'en-GB' });
  const person = await theirs.newPage();
  await person.goto(new URL(link).pathname);
  await expect(person.getByRole('heading', { name: /Welcome, Nora Newcomer/ })).toBeVisible();
  await person.getByLabel('New password').fill('too short');
  await person.getByRole('button', { name: 'Set my password' }).click();
  await expect(person.getByText(/at least 12 characters/).first()).toBeVisible();
  await person.getByLabel('New password').fill(PASSWORD);
  await person.getByRole('button', { name: 'Set my password' }).click();
  await expect(person).toHaveURL(/\/sign-in/);
  await signInWithPassword(person, username, PASSWORD);
  await expect(person.getByText('Signed in as Nora Newcomer')).toBeVisible();
  // What a lab lead sees: the dashboard, and the screening tasks of Norrvik's ideas.
  await expect(person.getByRole('link', { name: 'Dashboard' })).toBeVisible();
  await expect(person.getByRole('link', { name: 'Administration' })).toHaveCount(0);
  await person.goto('/my-tasks');
  await expect(person.getByRole('main')).toContainText('Gate: Screening');
  await person.goto('/board');
  await expect(person.getByRole('heading', { level: 1 })).toBeVisible();

  // The admin deactivates them; their next request is refused.
  await page.reload();
  await page.getByRole('button', { name: 'Deactivate Nora Newcomer' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Deactivate' }).click();
  await expect(page.getByRole('row', { name: /Nora Newcomer/ })).toContainText('Deactivated');

  await person.reload();
  await expect(person).toHaveURL(/\/sign-in/);
  await signInWithPassword(person, username, PASSWORD);
  await expect(person.getByText('The username or password is wrong.')).toBeVisible();
  await theirs.close();
});

test('the invitation page says when a link does not work', async ({ page }) => {
  await page.goto('/invitation/no-such-token');
  await expect(
    page.getByText('The invitation is unknown, used or expired.', { exact: false }),
  ).toBeVisible();
});

for (const language of ['en', 'sv'] as const) {
  test(`the admin pages have no accessibility violations (${language})`, async ({ page }) => {
    await signInAs(page, 'Alex Admin');
    await chooseLanguage(page, language);
    for (const path of ['/admin/people', '/admin/organisations']) {
      await page.goto(path);
      await expect(page.locator('main h1')).toBeVisible();
      await expect(page.locator('main table')).toBeVisible();
      await expectNoAccessibilityViolations(page);
    }
    await page.goto('/admin/people');
    await page.locator('main .button-row button').first().click();
    await expect(page.getByRole('dialog')).toBeVisible();
    await expectNoAccessibilityViolations(page);
    await page.goto('/invitation/no-such-token');
    await expect(page.locator('main h1')).toBeVisible();
    await expectNoAccessibilityViolations(page);
  });
}
