import { defineConfig } from '@playwright/test';

import { chromium } from './playwright.config';

/**
 * The browser benchmarks (docs/benchmarks.md), run by the backend's BoardInBrowserBenchmark
 * against an application it has started and filled: it passes the address in CIVICLAB_BENCH_URL.
 */
export default defineConfig({
  testDir: './benchmarks',
  testMatch: '*.bench.ts',
  outputDir: 'target/bench-results',
  timeout: 300_000,
  workers: 1,
  retries: 0,
  reporter: [['list']],
  use: {
    baseURL: process.env.CIVICLAB_BENCH_URL ?? 'http://127.0.0.1:8774',
    locale: 'en-GB',
    launchOptions: chromium,
  },
});
