import { expect, test, type Locator, type Page } from '@playwright/test';

import { signInAs } from './support';

/** Drags with the mouse from a card's handle sideways into another column, at the same height. */
async function drag(page: Page, handle: Locator, target: Locator): Promise<void> {
  await handle.scrollIntoViewIfNeeded();
  const from = await handle.boundingBox();
  const to = await target.boundingBox();
  if (!from || !to) throw new Error('Nothing to drag or nowhere to drop');
  const y = from.y + from.height / 2;
  await page.mouse.move(from.x + from.width / 2, y);
  await page.mouse.down();
  await page.mouse.move(from.x + from.width / 2 + 20, y, { steps: 5 });
  await page.mouse.move(to.x + to.width / 2, y, { steps: 15 });
  await page.mouse.up();
}

test('a card dropped on a column its reader may not use is refused and stays', async ({ page }) => {
  await signInAs(page, 'Lena Holm');
  await page.goto('/board');
  const screening = page.getByRole('region', { name: /^Screening/ });
  const handles = screening.getByRole('button', { name: /by dragging$/ });
  await expect(handles.first()).toBeVisible();
  const card = screening
    .getByRole('article')
    .filter({ has: page.getByRole('button', { name: /by dragging$/ }) })
    .first();
  const title = (await card.getByRole('heading').textContent()) ?? '';
  const test = page.getByRole('region', { name: /^Test/ });
  const testCards = await test.getByRole('article').count();

  await drag(page, card.getByRole('button', { name: /by dragging$/ }), test);

  const refused = /cannot be moved to Test: that is not a step you may take now/;
  // Shown on the page, and announced by the drag-and-drop's live region.
  await expect(page.locator('.board-refusal').getByText(refused)).toBeVisible();
  await expect(page.locator('[id^="DndLiveRegion"]')).toHaveText(refused);
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await page.reload();
  await expect(screening.getByRole('link', { name: title, exact: true })).toBeVisible();
  await expect(test.getByRole('article')).toHaveCount(testCards);

  // The allowed column takes it: the screening decision opens with exactly its fields.
  await drag(
    page,
    screening
      .getByRole('article')
      .filter({ hasText: title })
      .getByRole('button', {
        name: /by dragging$/,
      }),
    page.getByRole('region', { name: /^Plan/ }),
  );
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByRole('heading', { name: 'Decide at the Screening gate' })).toBeVisible();
  await expect(dialog.getByRole('radio', { name: 'Go' })).toBeChecked();
  await expect(dialog.getByRole('radio')).toHaveCount(1);
  await expect(dialog.getByLabel('Strategic fit')).toBeVisible();
  await expect(dialog.getByLabel('Rationale')).toBeVisible();
  await expect(dialog.getByLabel('Budget')).toHaveCount(0);
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(screening.getByRole('link', { name: title, exact: true })).toBeVisible();
});

test('an intrapreneur is offered no moves on the board', async ({ page }) => {
  await signInAs(page, 'Anna Berg');
  await page.goto('/board');
  await expect(
    page
      .getByRole('region', { name: /^Screening/ })
      .getByRole('link')
      .first(),
  ).toBeVisible();
  await expect(page.getByRole('button', { name: /by dragging$/ })).toHaveCount(0);
  await expect(page.getByRole('button', { name: /^Move to…/ })).toHaveCount(0);
});
