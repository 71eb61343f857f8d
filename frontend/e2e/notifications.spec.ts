import { expect, test, type Page } from '@playwright/test';

import {
  announcer,
  chooseLanguage,
  expectNoAccessibilityViolations,
  signInAs,
  submitIdea,
  switchTo,
} from './support';

/** The bell's accessible name for a count, as a screen reader says it. */
function bellName(count: number): string {
  return count === 0 ? 'Notifications, none unread' : `Notifications, ${String(count)} unread`;
}

async function unreadCount(page: Page): Promise<number> {
  const bell = page.getByRole('button', { name: /^Notifications, / });
  await expect(bell).toHaveAccessibleName(/^Notifications, (none|\d+) unread$/);
  const name = (await bell.getAttribute('aria-label')) ?? '';
  return Number(/\d+/.exec(name)?.[0] ?? '0');
}

test('a lab lead is told of a submitted idea: the bell counts it and its item leads to the idea', async ({
  page,
}) => {
  const title = `Library e-book loans for care homes ${String(Date.now())}`;
  await signInAs(page, 'Anna Berg');
  const ideaUrl = await submitIdea(page, title);

  await switchTo(page, 'Lena Holm');
  const unread = await unreadCount(page);
  expect(unread).toBeGreaterThan(0);

  const bell = page.getByRole('button', { name: bellName(unread) });
  await bell.click();
  await expect(bell).toHaveAttribute('aria-expanded', 'true');
  const panel = page.getByRole('region', { name: 'Notifications' });
  const item = panel.getByRole('link').filter({ hasText: title });
  await expect(item).toHaveAccessibleName(/^Unread /);
  await expect(item).toContainText('was submitted to screening');
  await expectNoAccessibilityViolations(page);

  await item.click();
  await expect(page).toHaveURL(ideaUrl);
  await expect(page.locator('main h1')).toHaveText(title);
  await expect(page.getByRole('button', { name: bellName(unread - 1) })).toBeVisible();
  await expect(panel).toBeHidden();
});

test('a reader follows an idea with a pressed toggle', async ({ page }) => {
  await signInAs(page, 'Erik Lund');
  await page.goto('/board');
  await page.getByRole('region').first().getByRole('link').first().click();
  const follow = page.getByRole('button', { name: 'Follow this idea' });
  const pressed = (await follow.getAttribute('aria-pressed')) === 'true';

  await follow.click();
  await expect(follow).toHaveAttribute('aria-pressed', String(!pressed));
  await page.reload();
  await expect(page.getByRole('button', { name: 'Follow this idea' })).toHaveAttribute(
    'aria-pressed',
    String(!pressed),
  );
});

for (const language of ['en', 'sv'] as const) {
  test(`the notification settings page has no accessibility violations and saves (${language})`, async ({
    page,
  }) => {
    await signInAs(page, 'Lena Holm');
    await chooseLanguage(page, language);
    await page.goto('/settings/notifications');
    await expect(page.locator('main h1')).toBeVisible();
    await expect(page.getByRole('radio').first()).toBeVisible();
    await expectNoAccessibilityViolations(page);

    await page
      .getByRole('radio', { name: language === 'en' ? 'Weekly digest' : 'Veckosammanfattning' })
      .last()
      .check();
    await page
      .getByRole('button', { name: language === 'en' ? 'Save settings' : 'Spara inställningarna' })
      .click();
    await expect(announcer(page)).toContainText(
      language === 'en'
        ? 'Your notification settings are saved.'
        : 'Dina inställningar för aviseringar är sparade.',
    );
    await page.reload();
    await expect(
      page
        .getByRole('radio', { name: language === 'en' ? 'Weekly digest' : 'Veckosammanfattning' })
        .last(),
    ).toBeChecked();
  });
}
