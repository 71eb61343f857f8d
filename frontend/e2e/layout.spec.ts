import { expect, test, type Locator, type Page } from '@playwright/test';

import { openChallenge } from './support';

/**
 * Every page, and every dialog and menu on it, fits the screen: at a phone's 390 px and at a
 * wall's 1,920 px the document is never wider than the viewport (nothing to scroll sideways).
 * Each page is visited as the demo person who sees it. Misfits are collected and listed all at
 * once, so one run names every page that overflows.
 */
const widths = [390, 1920] as const;

/** What did not fit, as "where: document width > viewport width". */
type Misfits = string[];

/** Signs in as the demo person; on a phone their name is behind the menu, so the page is awaited. */
async function signInAs(page: Page, name: string): Promise<void> {
  await page.goto('/sign-in');
  await page.getByRole('button', { name: `Sign in as ${name}` }).click();
  await expect(page).not.toHaveURL(/sign-in/);
  await expect(page.getByRole('button', { name: /^Notifications/ })).toBeVisible();
}

async function measure(page: Page, where: string, misfits: Misfits): Promise<void> {
  // Dialogs fade in and charts draw after their data; measure what the person finally sees.
  await page.evaluate(
    'Promise.allSettled(document.getAnimations().map((animation) => animation.finished))',
  );
  await page.waitForLoadState('networkidle');
  const { scrollWidth, innerWidth } = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    innerWidth: window.innerWidth,
  }));
  if (scrollWidth > innerWidth) {
    misfits.push(`${where}: ${String(scrollWidth)} px > ${String(innerWidth)} px`);
  }
}

async function visit(page: Page, path: string, misfits: Misfits): Promise<void> {
  await page.goto(path);
  await expect(page.locator('main h1').first()).toBeVisible();
  await measure(page, path, misfits);
}

/** Opens a dialog with the button, measures it, and closes it again with Escape. */
async function withDialog(
  page: Page,
  button: Locator,
  where: string,
  misfits: Misfits,
): Promise<void> {
  await button.click();
  const dialog = page.locator('dialog[open]');
  await expect(dialog).toBeVisible();
  await measure(page, `${where}, dialog "${(await button.innerText()) || where}"`, misfits);
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
}

/** The header's navigation: on a phone behind its menu button, which is measured open. */
async function header(page: Page, where: string, misfits: Misfits): Promise<void> {
  const menu = page.getByRole('button', { name: 'Menu' });
  if (await menu.isVisible()) {
    await menu.click();
    await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
    await measure(page, `${where}, menu`, misfits);
    await page.keyboard.press('Escape');
    await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden();
  } else {
    await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
  }
  const bell = page.getByRole('button', { name: /^Notifications/ });
  if (await bell.isVisible()) {
    await bell.click();
    await measure(page, `${where}, notifications`, misfits);
    await bell.click();
  }
}

/** An idea's page from a board column, with every dialog its reader can open there. */
async function ideaFrom(page: Page, column: RegExp, misfits: Misfits): Promise<void> {
  await page.goto('/board');
  await page
    .getByRole('region', { name: column })
    .getByRole('article')
    .first()
    .getByRole('link')
    .first()
    .click();
  await expect(page.locator('.idea-reference')).toBeVisible();
  const where = `idea in ${column.source}`;
  await measure(page, where, misfits);
  const openers = [
    /^Decide at the/,
    /^Add a test card$/,
    /^Record the result of/,
    /^Add an impact target$/,
    /^Name co-authors$/,
    /^Withdraw the idea$/,
  ];
  for (const name of openers) {
    const button = page.getByRole('button', { name }).first();
    if (await button.isVisible()) {
      await withDialog(page, button, where, misfits);
    }
  }
}

for (const width of widths) {
  test.describe(`at ${String(width)} px`, () => {
    test.use({ viewport: { width, height: width === 390 ? 844 : 1080 } });

    test('the public pages and the sign-in page fit', async ({ page }) => {
      const misfits: Misfits = [];
      await visit(page, '/', misfits);
      await header(page, '/', misfits);
      await visit(page, '/public', misfits);
      await page.locator('main li h2 a').first().click();
      await expect(page.locator('main h1')).toBeVisible();
      await measure(page, 'a public idea', misfits);
      await visit(page, '/sign-in', misfits);
      expect(misfits).toEqual([]);
    });

    test("the challenge pages fit, the staff's and the public ones", async ({ page }) => {
      const misfits: Misfits = [];
      await signInAs(page, 'Lena Holm');
      await visit(page, '/challenges/new', misfits);
      const challenge = new URL(
        await openChallenge(page, `Safer school routes ${String(width)} ${String(Date.now())}`),
      ).pathname;
      await measure(page, 'a challenge', misfits);
      await visit(page, '/challenges', misfits);
      await page.context().clearCookies();
      for (const path of [
        '/public/challenges',
        `/public${challenge}`,
        '/public/confirm/a-token',
        '/public/erase/a-token',
      ]) {
        await visit(page, path, misfits);
      }
      expect(misfits).toEqual([]);
    });

    test("a lab lead's pages and dialogs fit", async ({ page }) => {
      const misfits: Misfits = [];
      await signInAs(page, 'Lena Holm');
      await visit(page, '/board', misfits);
      await header(page, '/board', misfits);
      const moves = page.getByRole('button', { name: /^Move to… / }).first();
      await moves.click();
      await expect(page.getByRole('menu').or(page.locator('[popover]:popover-open'))).toBeVisible();
      await measure(page, '/board, "Move to…" menu', misfits);
      await page.locator('[popover]:popover-open').getByRole('button').first().click();
      await expect(page.locator('dialog[open]')).toBeVisible();
      await measure(page, '/board, decision dialog', misfits);
      await page.keyboard.press('Escape');
      await expect(page.locator('dialog[open]')).toHaveCount(0);
      for (const column of [/^Screening/, /^Plan/, /^Test/, /^Scaling/]) {
        await ideaFrom(page, column, misfits);
      }
      for (const path of ['/my-tasks', '/dashboard', '/lessons', '/ideas/new']) {
        await visit(page, path, misfits);
      }
      expect(misfits).toEqual([]);
    });

    test("an executive's pages and dialogs fit", async ({ page }) => {
      const misfits: Misfits = [];
      await signInAs(page, 'Erik Lund');
      await visit(page, '/dashboard', misfits);
      await visit(page, '/my-tasks', misfits);
      await ideaFrom(page, /^Scale decision/, misfits);
      expect(misfits).toEqual([]);
    });

    test("an intrapreneur's pages and dialogs fit", async ({ page }) => {
      const misfits: Misfits = [];
      await signInAs(page, 'Anna Berg');
      for (const path of ['/board', '/my-tasks', '/lessons', '/ideas/new', '/my-data']) {
        await visit(page, path, misfits);
      }
      await header(page, '/my-data', misfits);
      await page.goto('/ideas/new');
      await page.getByLabel('Title').fill(`A bench by every bus stop (${String(width)})`);
      await page.getByLabel('Problem').fill('Older residents cannot wait standing.');
      await page.getByLabel('Proposal').fill('Put a bench at each stop.');
      await page.getByRole('button', { name: 'Save and submit' }).click();
      await expect(page.getByText('The idea was submitted.')).toBeVisible();
      await measure(page, 'her submitted idea', misfits);
      const coAuthors = page.getByRole('button', { name: 'Name co-authors' });
      if (await coAuthors.isVisible()) {
        await withDialog(page, coAuthors, 'her idea', misfits);
      }
      await withDialog(
        page,
        page.getByRole('button', { name: 'Withdraw the idea' }),
        'her idea',
        misfits,
      );
      expect(misfits).toEqual([]);
    });

    test("the settings and an admin's pages and dialogs fit", async ({ page }) => {
      const misfits: Misfits = [];
      await signInAs(page, 'Alex Admin');
      await visit(page, '/settings/notifications', misfits);
      await visit(page, '/account/tokens', misfits);
      await withDialog(
        page,
        page.getByRole('button', { name: 'New access token' }),
        '/account/tokens',
        misfits,
      );
      const pages: [string, RegExp[]][] = [
        ['/admin/people', [/^Add a person$/, /^Change /]],
        ['/admin/organisations', [/^Add an organisation$/, /^Change /]],
        ['/admin/lists', []],
        ['/admin/fields', [/^Add a field$/]],
        ['/admin/webhooks', [/^Add a webhook$/]],
        ['/admin/erasure', []],
        ['/admin/processes', []],
      ];
      for (const [path, openers] of pages) {
        await visit(page, path, misfits);
        for (const name of openers) {
          // An organisation's admin adds no organisations; a region's admin does.
          const opener = page.getByRole('button', { name }).first();
          if (await opener.isVisible()) {
            await withDialog(page, opener, path, misfits);
          }
        }
      }
      await header(page, '/admin/processes', misfits);
      expect(misfits).toEqual([]);
    });
  });
}

/** The column lies wholly within the window's width (it may run below the fold). */
async function expectWithinWidth(column: Locator): Promise<void> {
  await expect(column).toBeVisible();
  const box = await column.boundingBox();
  if (!box) throw new Error('The column has no box');
  expect(box.x).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width).toBeLessThanOrEqual(1440);
}

test.describe('at 1,440 px', () => {
  test.use({ viewport: { width: 1440, height: 900 } });

  test('the board shows every active column, the ended ones folded, the filters folded away', async ({
    page,
  }) => {
    await signInAs(page, 'Lena Holm');
    await page.goto('/board');
    for (const active of ['Screening', 'Plan', 'Test', 'Scale decision', 'Scaling', 'Shelf']) {
      await expectWithinWidth(page.getByRole('region', { name: new RegExp(`^${active} \\d`) }));
    }
    for (const ended of ['Scaled', 'Stopped', 'Declined', 'Withdrawn']) {
      const column = page.getByRole('region', { name: new RegExp(`^${ended} \\d`) });
      await expectWithinWidth(column);
      await expect(column.getByRole('button', { name: new RegExp(`^${ended}`) })).toHaveAttribute(
        'aria-expanded',
        'false',
      );
      await expect(column.getByRole('link')).toHaveCount(0);
    }

    // The filters are folded away until asked for, and stay open once opened.
    const text = page.getByRole('searchbox', { name: /^Text/ });
    await expect(text).toBeHidden();
    await page.getByText('Filters', { exact: true }).click();
    await expect(text).toBeVisible();
    await page.reload();
    await expect(text).toBeVisible();
  });
});
