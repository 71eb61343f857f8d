import { expect, test } from '@playwright/test';

import { signInAs } from './support';

/**
 * Markup stored in an idea's title and in a comment is shown as the text it is: visible
 * literally, never run. A script that ran would set window.civiclabInjected or open a
 * dialog.
 */
const script = '<script>window.civiclabInjected = true; alert("script")</script>';
const image = '<img src=x onerror="window.civiclabInjected = true; alert(\'image\')">';

test('a title and a comment with script and HTML are stored and shown as harmless text', async ({
  page,
}) => {
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  const title = `${script} ${image} ${String(Date.now())}`;
  await signInAs(page, 'Anna Berg');
  await page.getByRole('link', { name: 'Submit an idea' }).click();
  await page.getByLabel('Title').fill(title);
  await page.getByLabel('Problem').fill(`${image} The problem, with markup in it.`);
  await page.getByLabel('Proposal').fill(`${script} The proposal, with markup in it.`);
  await page.getByRole('button', { name: 'Save and submit' }).click();

  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await expect(page.getByText(`${image} The problem, with markup in it.`)).toBeVisible();

  const comment = `${image} ${script} a comment`;
  await page.getByLabel('Your comment').fill(comment);
  await page.getByRole('button', { name: 'Add comment' }).click();
  // In the discussion, as the server lists it (the text field holds the same text until then).
  const comments = page.getByRole('region', { name: 'Comments' }).getByRole('listitem');
  await expect(comments.filter({ hasText: comment })).toHaveCount(1);
  await expect(page.getByLabel('Your comment')).toHaveValue('');

  // Read again from the server, and on the board, where the title is a card.
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await expect(comments.filter({ hasText: comment })).toHaveCount(1);
  await page.goto('/board');
  await expect(
    page.getByRole('link', { name: new RegExp(String(Date.now()).slice(0, 6)) }).first(),
  ).toBeVisible();

  expect(
    await page.evaluate(() => (globalThis as { civiclabInjected?: boolean }).civiclabInjected),
  ).toBeUndefined();
  expect(dialogs).toEqual([]);
  await expect(page.locator('img[src="x"]')).toHaveCount(0);
  await expect(page.locator('body script:not([src])')).toHaveCount(0);
});
