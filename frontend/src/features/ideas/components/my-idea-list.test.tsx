import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { beforeEach, describe, expect, it } from 'vitest';

import type { IdeaSummary } from '../../../lib/api-types';
import { anna } from '../../../testing/fixtures';
import { renderRoute } from '../../../testing/render-route';
import { problem, server, signedInAs } from '../../../testing/server';

const draft: IdeaSummary = {
  id: 31,
  reference: 'IDEA-2026-0031',
  title: 'Benches that tell the bus times',
  stage: 'draft',
  stageEnteredAt: null,
  lastChangedAt: '2026-05-04T09:00:00Z',
  version: 1,
};

const inTest: IdeaSummary = {
  id: 12,
  reference: 'IDEA-2026-0012',
  title: 'Snow maps for wheelchairs',
  stage: 'test',
  stageEnteredAt: '2026-04-01T09:00:00Z',
  lastChangedAt: '2026-04-20T09:00:00Z',
  version: 7,
};

beforeEach(() => {
  signedInAs(anna);
});

describe('my ideas', () => {
  it('lists my ideas, drafts included, with their stage and last change, as the server orders them', async () => {
    server.use(
      http.get('*/api/ideas/mine', () => HttpResponse.json([draft, inTest])),
      // The idea's page, where the link leads; what it shows is another test's.
      http.get('*/api/ideas/31', () => problem(404, 'No idea 31.')),
    );
    const { user, router } = renderRoute('/my-ideas');

    const nav = await screen.findByRole('navigation', { name: 'Main' });
    expect(within(nav).getByRole('link', { name: 'My ideas' })).toHaveAttribute(
      'aria-current',
      'page',
    );
    const table = await screen.findByRole('table', { name: 'My ideas' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((row) => row.textContent)).toEqual([
      'IDEA-2026-0031 Benches that tell the bus timesDraft4 May 2026',
      'IDEA-2026-0012 Snow maps for wheelchairsTest20 Apr 2026',
    ]);
    await user.click(within(table).getByRole('link', { name: /Benches that tell the bus times/ }));
    await waitFor(() => {
      expect(router.state.location.pathname).toBe('/ideas/31');
    });
  });

  it('says there are none yet and where to write one', async () => {
    server.use(http.get('*/api/ideas/mine', () => HttpResponse.json([])));
    renderRoute('/my-ideas');

    expect(await screen.findByText(/You have written no ideas yet/)).toBeVisible();
    expect(screen.getAllByRole('link', { name: 'Submit an idea' }).at(-1)).toHaveAttribute(
      'href',
      '/ideas/new',
    );
  });
});
