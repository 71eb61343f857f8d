import { expect, test, type Locator, type Page } from '@playwright/test';

import { signInAs } from './support';

/**
 * The dashboard reads true, on a phone and on a desktop: every chart's labels whole inside its
 * drawing, every series in a colour of its own, every table's columns reachable in its own
 * scrolling box, and every figure explained in a sentence.
 */

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Whether a box lies inside another (half a pixel of rounding allowed). */
function inside(inner: Box, outer: Box): boolean {
  return (
    inner.x >= outer.x - 0.5 &&
    inner.y >= outer.y - 0.5 &&
    inner.x + inner.width <= outer.x + outer.width + 0.5 &&
    inner.y + inner.height <= outer.y + outer.height + 0.5
  );
}

/** The page-relative box of each element matched, measured in the page. */
async function boxes(locator: Locator): Promise<Box[]> {
  return locator.evaluateAll((elements) =>
    elements.map((element) => {
      const { x, y, width, height } = element.getBoundingClientRect();
      return { x, y, width, height };
    }),
  );
}

/** The box of the one element a locator matches. */
async function box(locator: Locator): Promise<Box> {
  const [first] = await boxes(locator);
  if (!first) throw new Error(`nothing drawn for ${String(locator)}`);
  return first;
}

const titles = [
  'Ideas per stage at the end of each month',
  'Conversion at each gate',
  'Time in stage (days, completed stays)',
  /^Stopped: /,
  'Cost: budgeted against spent',
  /^Benefit: /,
];

async function openDashboard(page: Page, width: number) {
  await page.setViewportSize({ width: 1440, height: 900 });
  await signInAs(page, 'Maria Sandberg');
  await page.setViewportSize({ width, height: 900 });
  await page.goto('/dashboard');
  await expect(page.getByRole('heading', { level: 1, name: 'Portfolio dashboard' })).toBeVisible();
  // The six charts of ADR 20, then the adoptions, whose chart the demo may leave empty.
  await expect(page.locator('.dashboard-figure')).toHaveCount(7);
}

for (const width of [390, 1440]) {
  test(`at ${String(width)} px every chart's labels are whole and each series has its colour`, async ({
    page,
  }) => {
    await openDashboard(page, width);
    for (const [index, title] of titles.entries()) {
      const figure = page.locator('.dashboard-figure').nth(index);
      await expect(figure.getByRole('heading', { level: 2, name: title })).toBeVisible();
      const svg = figure.locator('.recharts-wrapper > svg');
      await expect(svg).toBeVisible();
      const frame = await box(svg);
      const ticks = figure.locator('.recharts-cartesian-axis-tick-labels text');
      await expect(ticks.first()).toBeVisible();
      expect(await ticks.count(), `ticks of ${String(title)}`).toBeGreaterThan(1);
      const labels = await ticks.allTextContents();
      for (const [at, drawnBox] of (await boxes(ticks)).entries()) {
        expect(inside(drawnBox, frame), `"${labels[at] ?? ''}" of ${String(title)} inside`).toBe(
          true,
        );
      }
      // Charts of counts (ideas per stage, stopped ideas) have whole numbers on their value axis.
      if (index === 0 || index === 3) {
        const valueAxis = index === 0 ? 'y' : 'x';
        const values = await figure
          .locator(`.recharts-${valueAxis}Axis-tick-labels text`)
          .allTextContents();
        for (const value of values) {
          expect(value, `a tick of ${String(title)}`).toMatch(/^\d+$/);
        }
      }
      // The labels of one axis never overlap each other.
      for (const axis of ['x', 'y']) {
        const drawn = await boxes(figure.locator(`.recharts-${axis}Axis-tick-labels text`));
        for (const [a, one] of drawn.entries()) {
          for (const [b, other] of drawn.slice(a + 1).entries()) {
            const apart =
              one.x + one.width <= other.x + 0.5 ||
              other.x + other.width <= one.x + 0.5 ||
              one.y + one.height <= other.y + 0.5 ||
              other.y + other.height <= one.y + 0.5;
            expect(
              apart,
              `${axis} labels ${String(a)}, ${String(a + 1 + b)} of ${String(title)}`,
            ).toBe(true);
          }
        }
      }
      // One colour per series: the legend's swatches are all different.
      await expect(figure.locator('.recharts-legend-item').first()).toBeVisible();
      // Each legend item is written in its series' colour.
      const colours = await figure
        .locator('.recharts-legend-item-text')
        .evaluateAll((items) => items.map((item) => getComputedStyle(item).color));
      const series = await figure.locator('.recharts-legend-item').count();
      expect(new Set(colours).size, `colours of ${String(title)}`).toBe(series);
    }
    // The funnel has a series per stage the demo's ideas are in, each in its own colour (above).
    expect(
      await page.locator('.dashboard-figure').first().locator('.recharts-legend-item').count(),
    ).toBeGreaterThan(3);
    // Every category of the rows charts has its label: each of the six gates.
    const conversion = page.locator('.dashboard-figure').nth(1);
    expect(await conversion.locator('.recharts-yAxis-tick-labels text').allTextContents()).toEqual([
      'Screening',
      'Plan',
      'Test',
      'Scale',
      'Adoption',
      'Revision',
    ]);
  });

  test(`at ${String(width)} px every table shows all its columns, scrolling in its own box`, async ({
    page,
  }) => {
    await openDashboard(page, width);
    const figures = page.locator('.dashboard-figure');
    // The funnel's table has a column for every stage its chart shows.
    const stages = await figures.first().locator('.recharts-legend-item-text').allTextContents();
    expect(stages.length).toBeGreaterThan(3);
    for (const [index, title] of titles.entries()) {
      const figure = figures.nth(index);
      await figure.getByText('Show the numbers').click();
      const region = figure.getByRole('region', { name: title });
      await expect(region.getByRole('table')).toBeVisible();
      const headers = region.getByRole('columnheader');
      const names = await headers.allTextContents();
      if (index === 0) expect(names.slice(1).sort()).toEqual([...stages].sort());
      if (index === 1) {
        expect(names).toEqual([
          'Gate',
          'Ideas decided',
          'Ideas passed (Go)',
          'Conversion',
          'Go',
          'Kill',
          'Hold',
          'Recycle',
        ]);
      }
      const frame = await box(region);
      expect(frame.width, `${String(title)}'s box fits the page`).toBeLessThanOrEqual(width);
      for (const [at, name] of names.entries()) {
        const header = headers.nth(at);
        await expect(header).toBeVisible();
        await header.scrollIntoViewIfNeeded();
        const now = await box(region);
        expect(inside(await box(header), now), `${name} within ${String(title)}'s box`).toBe(true);
      }
    }
    // The page itself never scrolls sideways.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      width,
    );
  });
}

test('every figure is explained in a sentence with its numbers', async ({ page }) => {
  await openDashboard(page, 1440);
  const figures = page.locator('.dashboard-figure');
  const sentences = await figures.locator('.dashboard-explanation').allTextContents();
  expect(sentences).toHaveLength(7);
  expect(sentences[0]).toMatch(/^Each column is a month: where the \d+ ideas submitted/);
  expect(sentences[1]).toContain('“Ideas decided” counts the ideas with at least one decision');
  expect(sentences[1]).toContain('The outcome columns count decisions, not ideas');
  expect(sentences[2]).toMatch(/over \d+ completed stays/);
  expect(sentences[3]).toMatch(/^Of the \d+ ideas submitted in the period, \d+ \([\d.]+ %\) were/);
  expect(sentences[4]).toMatch(/^In SEK\. /);
  expect(sentences[5]).toMatch(/\d+ of the \d+ targets have been measured and \d+ met\.$/);
  expect(sentences[6]).toMatch(/^\d+ ideas? shown (was|were) adopted from another pilot/);
  expect(sentences[6]).toMatch(/, SEK\s[\d,]+, is the sum of the adopted ideas’ estimated costs/);
  expect(sentences[6]).toContain('not a measured saving');
});
