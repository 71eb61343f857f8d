import { writeFileSync } from 'node:fs';

import { test, type BrowserContext, type Page } from '@playwright/test';

/** Measured page loads; one more comes first to warm the server up. */
const RUNS = Number(process.env.CIVICLAB_BENCH_RUNS ?? '10');

/** Milliseconds from navigation start: the page's own timings, then the moment it could be used. */
interface Timings {
  documentLoaded: number;
  scriptsLoaded: number;
  boardAnswered: number;
  /** The first frame after every column with cards shows its first card, seen by the page itself. */
  usable: number;
  /** The same state as Playwright's role queries, polled one column after another, find it. */
  foundByRoles: number;
}

interface Script {
  url: string;
  transferredBytes: number;
  contentEncoding: string;
}

/**
 * The board as a signed-in lab lead first opens it, with an empty cache: the time from the
 * start of the navigation until every open column that has cards shows its first card, and the
 * JavaScript the page loaded. Found by roles, not by markup, so the board's design may change.
 */
test('the board until it can be used, and the JavaScript it loads', async ({ browser }) => {
  const times: Timings[] = [];
  let scripts: Script[] = [];
  for (let run = 0; run <= RUNS; run++) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await signIn(context, 'lena');
    const loaded = recordScripts(page);
    const timings = await openBoard(page, context);
    if (run > 0) {
      times.push(timings);
    }
    await page.waitForLoadState('networkidle');
    scripts = await Promise.all(loaded);
    await context.close();
  }
  const result = { times, scripts };
  writeFileSync(
    process.env.CIVICLAB_BENCH_RESULT ?? 'target/board-bench.json',
    JSON.stringify(result),
  );
});

async function signIn(context: BrowserContext, username: string): Promise<void> {
  await context.request.get('/api/session');
  const token =
    (await context.cookies()).find((cookie) => cookie.name === 'XSRF-TOKEN')?.value ?? '';
  const answer = await context.request.post('/api/session', {
    data: { username, password: 'demo' },
    headers: { 'X-XSRF-TOKEN': token },
  });
  if (!answer.ok()) {
    throw new Error(`${username} could not sign in: ${String(answer.status())}`);
  }
}

/** The scripts the page loads, with the bytes that came over the wire for each. */
function recordScripts(page: Page): Promise<Script>[] {
  const scripts: Promise<Script>[] = [];
  page.on('requestfinished', (request) => {
    if (request.resourceType() === 'script') {
      scripts.push(
        (async () => {
          const response = await request.response();
          return {
            url: request.url(),
            transferredBytes: (await request.sizes()).responseBodySize,
            contentEncoding: (await response?.headerValue('content-encoding')) ?? 'none',
          };
        })(),
      );
    }
  });
  return scripts;
}

/**
 * Runs in the page before its scripts: notes the first frame after every open column that has cards
 * (a region named by its level-2 heading) shows a link. A MutationObserver sees each change as
 * the page makes it, so the figure does not include a test tool's polling.
 */
function watchForCards(columnsWithCards: number) {
  const shown = () =>
    [...document.querySelectorAll('section[aria-labelledby]')].filter(
      (column) => column.querySelector('h2') && column.querySelector('a[href]'),
    ).length >= columnsWithCards;
  const observer = new MutationObserver(() => {
    if (shown()) {
      observer.disconnect();
      requestAnimationFrame(() => {
        document.documentElement.dataset.benchUsable = String(performance.now());
      });
    }
  });
  observer.observe(document, { childList: true, subtree: true });
}

/** Opens the board; answers when it could be used, and when its parts had arrived. */
async function openBoard(page: Page, context: BrowserContext): Promise<Timings> {
  const board = (await (await context.request.get('/api/board')).json()) as {
    columns: { total: number; end: boolean }[];
  };
  // The ended columns (scaled, stopped…) stay folded to their heading until opened.
  const showsCards = (column: { total: number; end: boolean }) => column.total > 0 && !column.end;
  await page.addInitScript(watchForCards, board.columns.filter(showsCards).length);
  await page.goto('/board', { waitUntil: 'commit' });
  const columns = page.getByRole('region').filter({ has: page.getByRole('heading', { level: 2 }) });
  await columns.nth(board.columns.length - 1).waitFor();
  for (const [index, column] of board.columns.entries()) {
    if (showsCards(column)) {
      await columns.nth(index).getByRole('link').first().waitFor();
    }
  }
  const foundByRoles = await page.evaluate(() => performance.now());
  await page.waitForFunction(() => document.documentElement.dataset.benchUsable !== undefined);
  const timings = await page.evaluate(() => {
    const last = (type: string, match: (name: string) => boolean) =>
      Math.max(
        0,
        ...performance
          .getEntriesByType(type)
          .filter((entry) => match(new URL(entry.name).pathname))
          .map((entry) => (entry as PerformanceResourceTiming).responseEnd),
      );
    return {
      documentLoaded: last('navigation', () => true),
      scriptsLoaded: last('resource', (path) => path.endsWith('.js')),
      boardAnswered: last('resource', (path) => path === '/api/board'),
      usable: Number(document.documentElement.dataset.benchUsable),
    };
  });
  return { ...timings, foundByRoles };
}
