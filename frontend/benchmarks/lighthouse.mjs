// Lighthouse on CivicLab's pages, in Debian's Chromium (LighthouseBenchmark starts it).
//
// Reads CIVICLAB_BENCH_URL (the running app), CIVICLAB_BENCH_PAGES (JSON: [{name, path, cookie?}]),
// CIVICLAB_BENCH_RUNS (runs per page and form factor) and CIVICLAB_BENCH_RESULT (where the JSON
// goes). Each run is a new Chromium with a fresh profile; Lighthouse downloads nothing and needs no
// network but the app's. Writes, per page, form factor and run, the category scores, the failing
// audits' ids and the main metrics.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import puppeteer from 'puppeteer-core';

const base = process.env.CIVICLAB_BENCH_URL ?? 'http://127.0.0.1:8791';
const pages = JSON.parse(
  process.env.CIVICLAB_BENCH_PAGES ?? '[{"name":"public","path":"/public"}]',
);
const runs = Number(process.env.CIVICLAB_BENCH_RUNS ?? '3');
const result = process.env.CIVICLAB_BENCH_RESULT ?? 'target/lighthouse.json';
const chromePath = process.env.CHROME_PATH ?? '/usr/bin/chromium';

const CATEGORIES = ['performance', 'accessibility', 'best-practices'];
const METRICS = [
  'first-contentful-paint',
  'largest-contentful-paint',
  'total-blocking-time',
  'cumulative-layout-shift',
  'speed-index',
];

/** The audits that cost the category points: scored below 1 (performance: below 0.9) and weighted. */
function failing(lhr, category) {
  const threshold = category === 'performance' ? 0.9 : 1;
  return lhr.categories[category].auditRefs
    .filter((ref) => ref.weight > 0)
    .map((ref) => lhr.audits[ref.id])
    .filter((audit) => audit.score !== null && audit.score < threshold)
    .map((audit) => audit.id);
}

/**
 * Puts the session cookie in the browser's cookie jar. Lighthouse's extraHeaders would send it
 * with the page, but once the page has cookies of its own (the CSRF token's) Chromium sends the
 * jar's Cookie header on the page's requests instead, and the API would answer 401.
 */
async function signIn(port, cookie) {
  const browser = await puppeteer.connect({ browserURL: `http://127.0.0.1:${port}` });
  try {
    const tab = await browser.newPage();
    const [name, value] = cookie.split('=');
    await tab.setCookie({ name, value, url: base, httpOnly: true, sameSite: 'Lax' });
    await tab.close();
  } finally {
    await browser.disconnect();
  }
}

async function measure(page, formFactor) {
  const profile = mkdtempSync(join(tmpdir(), 'civiclab-lighthouse-'));
  const chrome = await chromeLauncher.launch({
    chromePath,
    ignoreDefaultFlags: true,
    chromeFlags: [
      '--headless=new',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      `--user-data-dir=${profile}`,
    ],
    userDataDir: false,
  });
  try {
    if (page.cookie) {
      await signIn(chrome.port, page.cookie);
    }
    const flags = {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: CATEGORIES,
    };
    const runner = await lighthouse(
      base + page.path,
      flags,
      formFactor === 'desktop' ? desktopConfig : undefined,
    );
    const lhr = runner.lhr;
    if (lhr.runtimeError) {
      throw new Error(`${page.path}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
    }
    const scores = {};
    const failed = {};
    for (const category of CATEGORIES) {
      scores[category] = Math.round(lhr.categories[category].score * 100);
      failed[category] = failing(lhr, category);
    }
    const metrics = {};
    for (const metric of METRICS) {
      metrics[metric] = lhr.audits[metric].numericValue;
    }
    const consoleErrors = (lhr.audits['errors-in-console'].details?.items ?? []).map(
      (item) => `${item.source}: ${item.description} ${item.sourceLocation?.url ?? item.url ?? ''}`,
    );
    return {
      lighthouse: lhr.lighthouseVersion,
      consoleErrors,
      page: page.name,
      path: page.path,
      formFactor,
      finalUrl: lhr.finalDisplayedUrl,
      scores,
      failed,
      metrics,
    };
  } finally {
    await chrome.kill();
    rmSync(profile, { recursive: true, force: true });
  }
}

const measured = [];
const formFactors = (process.env.CIVICLAB_BENCH_FORM_FACTORS ?? 'desktop,mobile').split(',');
for (const page of pages) {
  for (const formFactor of formFactors) {
    for (let run = 0; run < runs; run++) {
      const one = await measure(page, formFactor);
      console.log(JSON.stringify(one));
      measured.push(one);
    }
  }
}
writeFileSync(
  result,
  JSON.stringify({ lighthouse: measured[0]?.lighthouse, runs: measured }, null, 2),
);
