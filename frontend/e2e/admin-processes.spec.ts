import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';

import { expect, test } from '@playwright/test';

import { expectNoAccessibilityViolations, signInAs, stage, submitIdea } from './support';

/*
 * A region's admin deploys a new version of the model from the admin page, and the next idea
 * runs on it (issue 14, Done-when 7). The demo's region admin, Regina, does it on a CivicLab of
 * this test's own, so that the other browser tests keep the shipped model.
 */
// A port free now, so that another checkout's browser tests on this machine never answer in
// this test's place (a fixed port did once: the test read the other CivicLab's model versions).
const port = await freePort();
const baseURL = `http://127.0.0.1:${String(port)}`;
const jar = path.resolve('../backend/target/civiclab.jar');
const dataDir = path.resolve('target/e2e-processes-data');

let app: ChildProcess | undefined;

test.use({ baseURL });

test.beforeAll(async () => {
  test.setTimeout(300_000);
  rmSync(dataDir, { recursive: true, force: true });
  app = spawn(
    'java',
    [
      '-jar',
      jar,
      `--server.port=${String(port)}`,
      '--server.address=127.0.0.1',
      `--civiclab.data-dir=${dataDir}`,
    ],
    { stdio: 'ignore' },
  );
  await ready(`${baseURL}/actuator/health/readiness`, Date.now() + 240_000);
});

test.afterAll(() => {
  app?.kill();
});

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => {
        if (address && typeof address === 'object') resolve(address.port);
        else reject(new Error('No free port'));
      });
    });
  });
}

async function ready(url: string, deadline: number): Promise<void> {
  while (Date.now() < deadline) {
    if (app?.exitCode != null) {
      throw new Error(
        `This test's CivicLab stopped (exit ${String(app.exitCode)}) before it was ready`,
      );
    }
    try {
      if ((await fetch(url)).ok) {
        return;
      }
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
  throw new Error(`CivicLab did not get ready at ${url}`);
}

/** The shipped model under another name: what an admin saves from the Modeler. */
function renamedModel(name: string): Buffer {
  const shipped = readFileSync(path.resolve('../processes/innovation-pipeline.bpmn'), 'utf8');
  return Buffer.from(shipped.replace('name="Innovation pipeline"', `name="${name}"`), 'utf8');
}

test('an admin deploys a new model version from the admin page and a new idea runs on it', async ({
  page,
}) => {
  await signInAs(page, 'Regina Öberg');
  await page.goto('/admin/processes');
  await expect(page.getByRole('heading', { level: 1, name: 'Process versions' })).toBeVisible();
  const versions = page.getByRole('table', { name: 'Deployed versions, the latest first' });
  await expect(versions.getByRole('row')).toHaveCount(2);
  await expect(versions.getByRole('row').nth(1)).toContainText('Latest: new ideas start here');
  await expectNoAccessibilityViolations(page);

  await page.getByLabel('BPMN file').setInputFiles({
    name: 'innovation-pipeline.bpmn',
    mimeType: 'application/xml',
    buffer: renamedModel('Innovation pipeline 2027'),
  });
  await page.getByRole('button', { name: 'Check and deploy' }).click();
  await expect(
    page.getByText('Version 2 (Innovation pipeline 2027) is deployed; new ideas start on it.'),
  ).toBeVisible();
  await expect(versions.getByRole('row')).toHaveCount(3);
  const latest = versions.getByRole('row').nth(1);
  await expect(latest).toContainText('Innovation pipeline 2027');
  await expect(latest).toContainText('Latest: new ideas start here');
  await expectNoAccessibilityViolations(page);

  const idea = await submitIdea(page, 'Benches that tell the bus times');
  await expect(stage(page)).toHaveText('Screening');
  await expect(page.getByRole('region', { name: 'Process diagram' })).toContainText(
    'Model version 2',
  );
  const id = new URL(idea).pathname.split('/').pop() ?? '';
  const diagram = await page.request.get(`/api/ideas/${id}/diagram`);
  expect(((await diagram.json()) as { modelVersion: number }).modelVersion).toBe(2);
});
