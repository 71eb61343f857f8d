import { screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';

import type { CurrentUser, ProcessVersion } from '../lib/api-types';
import { renderRoute } from '../testing/render-route';
import { problem, server, signedInAs } from '../testing/server';

const regionAdmin: CurrentUser = {
  id: 20,
  username: 'regina',
  displayName: 'Regina Region',
  organisationId: 1,
  department: 'IT',
  roles: ['REGION_ADMIN'],
  anonymous: false,
};

const organisationAdmin: CurrentUser = { ...regionAdmin, username: 'admin', roles: ['ADMIN'] };

const latestVersion: ProcessVersion = {
  version: 2,
  name: 'Innovation pipeline',
  deployedAt: '2026-11-20T10:00:00Z',
  runningIdeas: 3,
  latest: true,
  migration: null,
};

const olderVersion: ProcessVersion = {
  version: 1,
  name: 'Innovation pipeline',
  deployedAt: '2026-01-10T10:00:00Z',
  runningIdeas: 2,
  latest: false,
  migration: { toVersion: 2, possible: true, missingActivities: [] },
};

const versions = [latestVersion, olderVersion];

function serveVersions(list: ProcessVersion[]) {
  server.use(http.get('*/api/admin/process-versions', () => HttpResponse.json(list)));
}

describe('the process versions page', () => {
  it('lists the versions with the ideas running on each', async () => {
    signedInAs(organisationAdmin);
    serveVersions(versions);
    renderRoute('/admin/processes');

    const table = await screen.findByRole('table', { name: 'Deployed versions, the latest first' });
    const rows = within(table).getAllByRole('row');
    expect(rows).toHaveLength(3);
    expect(rows[1]).toHaveTextContent('2Innovation pipeline');
    expect(rows[1]).toHaveTextContent('Latest: new ideas start here');
    expect(rows[2]).toHaveTextContent('Its ideas can move to version 2');
    // An organisation's admin reads; deploying is a region's admin's.
    expect(screen.queryByRole('button', { name: 'Check and deploy' })).not.toBeInTheDocument();
    expect(screen.getByText(/only a region's admin deploys/)).toBeInTheDocument();
  });

  it("deploys an uploaded model for a region's admin and shows the new version", async () => {
    signedInAs(regionAdmin);
    serveVersions(versions);
    let uploaded = '';
    server.use(
      http.post('*/api/admin/process-versions', async ({ request }) => {
        // What jsdom's File holds does not survive its trip to the handler: the browser test
        // (e2e/admin-processes.spec.ts) uploads a real model; here, that a file part is sent.
        const contentType = request.headers.get('Content-Type') ?? '';
        const parts = [...(await request.formData()).keys()];
        uploaded = `${contentType.split(';')[0] ?? ''} ${parts.join()}`;
        return HttpResponse.json(
          {
            version: 3,
            name: 'Innovation pipeline 2027',
            deployedAt: '2026-12-01T10:00:00Z',
            runningIdeas: 0,
            latest: true,
            migration: null,
          },
          { status: 201 },
        );
      }),
    );
    const { user } = renderRoute('/admin/processes');

    await user.upload(
      await screen.findByLabelText('BPMN file'),
      new File(['<definitions/>'], 'pipeline.bpmn', { type: 'application/xml' }),
    );
    await user.click(screen.getByRole('button', { name: 'Check and deploy' }));

    expect(
      await screen.findByText(
        'Version 3 (Innovation pipeline 2027) is deployed; new ideas start on it.',
      ),
    ).toBeInTheDocument();
    expect(uploaded).toBe('multipart/form-data file');
  });

  it('lists what is wrong with a refused model', async () => {
    signedInAs(regionAdmin);
    serveVersions(versions);
    server.use(
      http.post('*/api/admin/process-versions', () =>
        problem(400, 'file: the process has no history time-to-live', [
          {
            field: 'file',
            message: 'the process has no history time-to-live (camunda:historyTimeToLive)',
          },
          { field: 'file', message: 'UserTask_Review has no stage property' },
        ]),
      ),
    );
    const { user } = renderRoute('/admin/processes');

    await user.upload(
      await screen.findByLabelText('BPMN file'),
      new File(['<definitions/>'], 'pipeline.bpmn', { type: 'application/xml' }),
    );
    await user.click(screen.getByRole('button', { name: 'Check and deploy' }));

    const heading = await screen.findByRole('heading', { name: 'The model was not deployed' });
    const refusal = heading.closest('div') ?? heading;
    expect(
      within(refusal)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual([
      'the process has no history time-to-live (camunda:historyTimeToLive)',
      'UserTask_Review has no stage property',
    ]);
  });

  it("moves a version's running ideas to the latest version", async () => {
    signedInAs(regionAdmin);
    serveVersions(versions);
    let asked: unknown;
    server.use(
      http.post('*/api/admin/process-versions/migrations', async ({ request }) => {
        asked = await request.json();
        return HttpResponse.json({ fromVersion: 1, ideas: 2 });
      }),
    );
    const { user } = renderRoute('/admin/processes');

    await user.click(
      await screen.findByRole('button', { name: 'Move its ideas from version 1 to version 2' }),
    );

    expect(
      await screen.findByText('2 ideas moved from version 1 to the latest version.'),
    ).toBeInTheDocument();
    expect(asked).toEqual({ fromVersion: 1 });
  });

  it('says which activities keep ideas from moving', async () => {
    signedInAs(regionAdmin);
    serveVersions([
      latestVersion,
      {
        ...olderVersion,
        migration: { toVersion: 2, possible: false, missingActivities: ['UserTask_ScreenIdea'] },
      },
    ]);
    renderRoute('/admin/processes');

    expect(
      await screen.findByText(
        'Its ideas cannot move to version 2: version 2 lacks UserTask_ScreenIdea',
      ),
    ).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Move its ideas/ })).not.toBeInTheDocument();
  });
});
