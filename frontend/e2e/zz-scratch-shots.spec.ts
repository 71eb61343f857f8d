import { expect, test } from '@playwright/test';

import { signInAs, submitIdea, switchTo } from './support';

test('shots', async ({ page }) => {
  await signInAs(page, 'Anna Berg');
  await submitIdea(page, 'Screenshot idea for the bell');
  await switchTo(page, 'Lena Holm');
  await page.screenshot({ path: '/tmp/notify-ui/real-header.png' });
  await page.getByRole('button', { name: /^Notifications, / }).click();
  await expect(page.getByRole('region', { name: 'Notifications' }).getByRole('link').first()).toBeVisible();
  await page.screenshot({ path: '/tmp/notify-ui/real-bell.png' });
  await page.goto('/settings/notifications');
  await expect(page.getByRole('radio').first()).toBeVisible();
  await page.screenshot({ path: '/tmp/notify-ui/real-settings.png', fullPage: true });
});
