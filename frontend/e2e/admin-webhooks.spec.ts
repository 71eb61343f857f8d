import { expect, test } from '@playwright/test';

import { chooseLanguage, expectNoAccessibilityViolations, signInAs } from './support';

/**
 * Issue 15's webhooks on the admin page: Norrvik's admin adds a webhook (an address of the
 * documentation range, 203.0.113.0/24, never reached), disables it, opens its delivery log and
 * deletes it after a confirmation; a refused address is shown at its field. Axe audits each
 * state, in English and Swedish.
 */
test('an admin adds, disables, inspects and deletes a webhook', async ({ page }) => {
  await signInAs(page, 'Alex Admin');
  await page.goto('/admin');
  await page.getByRole('link', { name: 'Webhooks' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Webhooks' })).toBeVisible();
  await expect(page.getByText('No webhooks yet.')).toBeVisible();
  await expectNoAccessibilityViolations(page);

  await page.getByRole('button', { name: 'Add a webhook' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add a webhook' });
  await dialog.getByRole('textbox', { name: 'Address' }).fill('http://127.0.0.1:9/hook');
  await dialog.getByRole('checkbox', { name: 'Gate decision' }).check();
  await dialog.getByLabel('Secret').fill('a shared secret of the receiver');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog.getByRole('textbox', { name: 'Address' })).toHaveAttribute(
    'aria-invalid',
    'true',
  );
  await expectNoAccessibilityViolations(page);

  await dialog.getByRole('textbox', { name: 'Address' }).fill('https://203.0.113.10/civiclab');
  await dialog.getByRole('checkbox', { name: 'Idea submitted' }).check();
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toBeHidden();
  const row = page.getByRole('row', { name: /203\.0\.113\.10/ });
  await expect(row.getByRole('rowheader')).toHaveText('https://203.0.113.10/civiclab');
  await expect(row).toContainText('Idea submitted and Gate decision');
  await expect(row).toContainText('Enabled');
  await expect(page.getByText('a shared secret of the receiver')).toHaveCount(0);
  await expectNoAccessibilityViolations(page);

  await page
    .getByRole('button', { name: 'Disable the webhook to https://203.0.113.10/civiclab' })
    .click();
  await expect(row).toContainText('Disabled');
  await page
    .getByRole('button', { name: 'Deliveries of the webhook to https://203.0.113.10/civiclab' })
    .click();
  const log = page.getByRole('region', { name: 'Deliveries to https://203.0.113.10/civiclab' });
  await expect(log.getByText('Nothing has been sent yet.')).toBeVisible();
  await expectNoAccessibilityViolations(page);

  await chooseLanguage(page, 'sv');
  await expect(page.getByRole('heading', { level: 1, name: 'Webhooks' })).toBeVisible();
  await expect(row).toContainText('Avstängd');
  await expectNoAccessibilityViolations(page);
  await chooseLanguage(page, 'en');

  await page
    .getByRole('button', { name: 'Delete the webhook to https://203.0.113.10/civiclab' })
    .click();
  const confirm = page.getByRole('dialog', { name: 'Delete this webhook?' });
  await expectNoAccessibilityViolations(page);
  await confirm.getByRole('button', { name: 'Delete webhook' }).click();
  await expect(confirm).toBeHidden();
  await expect(page.getByText('No webhooks yet.')).toBeVisible();
});
