import { writeFileSync } from 'node:fs';

import { test, type BrowserContext, type Page } from '@playwright/test';

/** Measured page loads; one more comes first to warm the server up. */
const RUNS = Number(process.env.CIVICLAB_BENCH_RUNS ?? '10');

/** Milliseconds from navigation start: the page's own timings, then the moment it could be used. */
interface Timings {
  documentLoaded: number;
  scriptsLoaded: number;
  boardAnswered: number;
  usable: number;
}

interface Script {
  url: string;
  transferredBytes: number;
  contentEncoding: string;
}

/**
 * The board as a signed-in lab lead first opens it, with an empty cache: the time from the
 * start of the navigation until every column that has cards shows its first card, and the
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

/** Opens the board; answers when it could be used, and when its parts had arrived. */
async function openBoard(page: Page, context: BrowserContext): Promise<Timings> {
  const board = (await (await context.request.get('/api/board')).json()) as {
    columns: { total: number }[];
  };
  await page.goto('/board', { waitUntil: 'commit' });
  const columns = page.getByRole('region').filter({ has: page.getByRole('heading', { level: 2 }) });
  await columns.nth(board.columns.length - 1).waitFor();
  for (const [index, column] of board.columns.entries()) {
    if (column.total > 0) {
      await columns.nth(index).getByRole('link').first().waitFor();
    }
  }
  return page.evaluate(() => {
    const usable = performance.now();
    // The browser's Resource Timing entries; typed here as this file is checked without the DOM's types.
    const timing = performance as unknown as {
      getEntriesByType(type: string): { name: string; responseEnd: number }[];
    };
    const last = (type: string, match: (name: string) => boolean) =>
      Math.max(
        0,
        ...timing
          .getEntriesByType(type)
          .filter((entry) => match(new URL(entry.name).pathname))
          .map((entry) => entry.responseEnd),
      );
    return {
      documentLoaded: last('navigation', () => true),
      scriptsLoaded: last('resource', (path) => path.endsWith('.js')),
      boardAnswered: last('resource', (path) => path === '/api/board'),
      usable,
    };
  });
}
