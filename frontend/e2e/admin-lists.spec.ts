import { expect, test } from '@playwright/test';

import { expectNoAccessibilityViolations, signInAs, switchTo } from './support';

/**
 * Done-when 3 of the administration issue, in the browser: an admin adds a theme and a required
 * custom field; Anna's submit form offers both at once, without a restart, and refuses a submit
 * without the field. The field is retired at the end, so the other tests' ideas need not fill it.
 */
test('an admin adds a theme and a required field, and the submit form asks for them', async ({
  page,
}) => {
  await signInAs(page, 'Alex Admin');
  await page.goto('/admin/lists');
  const themes = page.getByRole('region', { name: 'Themes' });
  await themes.getByLabel('New entry of Themes').fill('Playgrounds');
  await themes.getByRole('button', { name: 'Add' }).click();
  await expect(themes.getByRole('rowheader', { name: 'Playgrounds' })).toBeVisible();
  await expectNoAccessibilityViolations(page);

  await page.goto('/admin/fields');
  await page.getByRole('button', { name: 'Add a field' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Label').fill('Cost centre');
  await dialog.getByRole('radio', { name: 'Yes' }).check();
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('rowheader', { name: 'Cost centre' })).toBeVisible();
  await expectNoAccessibilityViolations(page);

  await switchTo(page, 'Anna Berg');
  await page.getByRole('link', { name: 'Submit an idea' }).click();
  await page.getByLabel('Title').fill('Shade over the playgrounds');
  await page.getByLabel('Problem').fill('Children cannot play in the summer heat.');
  await page.getByLabel('Proposal').fill('Sails over three playgrounds for one summer.');
  await page.getByRole('checkbox', { name: 'Playgrounds' }).check();
  await page.getByRole('button', { name: 'Save and submit' }).click();
  const costCentre = page.getByRole('textbox', { name: 'Cost centre' });
  await expect(costCentre).toHaveAttribute('aria-invalid', 'true');
  await expect(page).toHaveURL(/\/ideas\/new$/);

  await costCentre.fill('CC-4711');
  await page.getByRole('button', { name: 'Save and submit' }).click();
  await expect(page.getByText('The idea was submitted.')).toBeVisible();
  await expect(page.getByText('CC-4711')).toBeVisible();
  await expect(page.getByText('Playgrounds', { exact: true })).toBeVisible();

  await switchTo(page, 'Alex Admin');
  await page.goto('/admin/fields');
  await page.getByRole('button', { name: 'Retire Cost centre' }).click();
  await expect(page.getByRole('button', { name: 'Bring back Cost centre' })).toBeVisible();
});

/**
 * A region's admin picks the organisation whose lists they manage: Regina (of Norrvik) adds a
 * theme to Sjöstad's list, and Sjöstad's admin, Per, finds it on his own page.
 */
test("a region's admin adds a theme to another organisation's list", async ({ page }) => {
  await signInAs(page, 'Regina Öberg');
  await page.goto('/admin/lists');
  await page.getByLabel('Organisation').selectOption({ label: 'Sjöstad municipality' });
  const themes = page.getByRole('region', { name: 'Themes' });
  await themes.getByLabel('New entry of Themes').fill('Archipelago ferries');
  await themes.getByRole('button', { name: 'Add' }).click();
  await expect(themes.getByRole('rowheader', { name: 'Archipelago ferries' })).toBeVisible();
  await expectNoAccessibilityViolations(page);

  await page.getByLabel('Organisation').selectOption({ label: 'Norrvik municipality' });
  await expect(themes.getByRole('rowheader', { name: 'Archipelago ferries' })).toBeHidden();

  await switchTo(page, 'Per Admin');
  await page.goto('/admin/lists');
  await expect(page.getByLabel('Organisation')).toHaveCount(0);
  await expect(
    page
      .getByRole('region', { name: 'Themes' })
      .getByRole('rowheader', { name: 'Archipelago ferries' }),
  ).toBeVisible();
});
