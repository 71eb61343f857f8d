import { defineConfig } from '@playwright/test';

/**
 * Browser tests against the built jar, in the machine's Chromium (Debian's package):
 * Playwright downloads no browser. The jar runs on loopback with a fresh data
 * directory, so the demo is created anew for every run.
 */
/** Debian's Chromium, headless, quiet; Playwright gives every launch a fresh profile. */
export const chromium = {
  executablePath: '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
  ],
};

// CIVICLAB_E2E_PORT lets two checkouts run their browser tests side by side; CIVICLAB_E2E_JAR
// runs a copy of the jar (CI builds the jar again for PostgreSQL while these tests run).
const port = Number(process.env.CIVICLAB_E2E_PORT ?? '8765');
const jar = process.env.CIVICLAB_E2E_JAR ?? '../backend/target/civiclab.jar';
// GreenMail's standalone server (copied by frontend/pom.xml) receives the app's mails on
// loopback; the tests read them through its REST API (e2e/mail.ts).
const smtpPort = Number(process.env.CIVICLAB_E2E_SMTP_PORT ?? '3925');
const mailApiPort = Number(process.env.CIVICLAB_E2E_MAIL_API_PORT ?? '8794');
export const mailApi = `http://127.0.0.1:${String(mailApiPort)}`;

export default defineConfig({
  testDir: './e2e',
  outputDir: 'target/e2e-results',
  timeout: 90_000,
  expect: { timeout: 15_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${String(port)}`,
    locale: 'en-GB',
    // Dialogs slide in over 300 ms; on a busy machine Playwright can find a control "stable"
    // mid-slide and its click is lost (CI met it once). Reduced motion is a setting our users
    // have too, and it shows every dialog at once.
    reducedMotion: 'reduce',
    launchOptions: chromium,
  },
  webServer: [
    {
      command:
        'java -Dgreenmail.auth.disabled ' +
        `-Dgreenmail.smtp.hostname=127.0.0.1 -Dgreenmail.smtp.port=${String(smtpPort)} ` +
        `-Dgreenmail.api.hostname=127.0.0.1 -Dgreenmail.api.port=${String(mailApiPort)} ` +
        '-jar target/greenmail/greenmail-standalone.jar',
      url: `${mailApi}/api/service/readiness`,
      timeout: 60_000,
      reuseExistingServer: false,
      stdout: 'ignore',
    },
    {
      command:
        `rm -rf target/e2e-data && java -jar ${jar} ` +
        `--server.port=${String(port)} --server.address=127.0.0.1 --civiclab.data-dir=target/e2e-data ` +
        // Mails go to GreenMail at once, their links to this server.
        `--spring.mail.host=127.0.0.1 --spring.mail.port=${String(smtpPort)} ` +
        `--civiclab.public-url=http://127.0.0.1:${String(port)} --civiclab.mail.poll-interval=PT1S ` +
        // The server's log, for reading when a test fails (.ci/run prints its warnings then).
        `--logging.file.name=target/e2e-data/server.log`,
      // Ready only once the demo is created (application runners finish before readiness).
      url: `http://127.0.0.1:${String(port)}/actuator/health/readiness`,
      timeout: 240_000,
      reuseExistingServer: false,
      stdout: 'ignore',
    },
  ],
});
