import { screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { beforeEach, describe, expect, it } from 'vitest';

import type { FullIdeaView, SharedIdeaView } from '../../../lib/api-types';
import { draftIdea, jonas, lena } from '../../../testing/fixtures';
import { renderRoute } from '../../../testing/render-route';
import { emptyIdeaParts, server, signedInAs } from '../../../testing/server';

const screening: FullIdeaView = {
  ...draftIdea,
  stage: 'screening',
  publicIdea: false,
  sharing: 'ORGANISATION',
  version: 3,
  actions: [{ type: 'SHARE', gate: null, outcomes: [] }],
};

beforeEach(() => {
  server.use(...emptyIdeaParts(21));
});

describe('sharing an idea', { timeout: 20_000 }, () => {
  it('lets the lab lead share it with the region, sending the version read', async () => {
    signedInAs(lena);
    const sent: unknown[] = [];
    server.use(
      http.get('*/api/ideas/21', () => HttpResponse.json(screening)),
      http.put('*/api/ideas/21/sharing', async ({ request }) => {
        sent.push(await request.json());
        return HttpResponse.json({ ...screening, sharing: 'REGION', version: 4 });
      }),
    );
    const { user } = renderRoute('/ideas/21');

    const section = await screen.findByRole('region', { name: 'Shared with' });
    expect(within(section).getByRole('radio', { name: 'Its organisation only' })).toBeChecked();
    await user.click(within(section).getByRole('radio', { name: /The region/ }));
    await user.click(within(section).getByRole('button', { name: 'Save sharing' }));

    expect(
      await screen.findByText(/The region \(every organisation/, { selector: 'dd' }),
    ).toBeVisible();
    expect(sent).toEqual([{ sharing: 'REGION', version: 3 }]);
  });

  it('offers no choice to whoever the server does not offer it', async () => {
    signedInAs(lena);
    server.use(http.get('*/api/ideas/21', () => HttpResponse.json({ ...screening, actions: [] })));
    renderRoute('/ideas/21');

    expect(await screen.findByRole('heading', { level: 1 })).toBeVisible();
    expect(screen.queryByRole('radio', { name: /The region/ })).not.toBeInTheDocument();
  });

  it("shows another organisation's reader the cross-organisation thread, not the internal discussion", async () => {
    signedInAs(jonas);
    const shared: SharedIdeaView = {
      ...draftIdea,
      stage: 'plan',
      view: 'SHARED',
      sharing: 'REGION',
      estimatedCost: null,
      budget: null,
      receivingUnit: null,
      createdAt: null,
      supports: null,
      version: null,
      coAuthors: null,
      timeBox: null,
      submitter: null,
      actions: [{ type: 'DISCUSS_IN_REGION', gate: null, outcomes: [] }],
      gates: [],
    };
    server.use(
      http.get('*/api/ideas/21', () => HttpResponse.json(shared)),
      http.get('*/api/ideas/21/region-comments', () =>
        HttpResponse.json([
          {
            id: 1,
            author: 'sara',
            authorName: 'Sara Nyström',
            body: 'We tried this in Sjöstad too.',
            createdAt: '2026-03-04T09:00:00Z',
          },
        ]),
      ),
    );
    renderRoute('/ideas/21');

    const thread = await screen.findByRole('region', { name: 'Discussion across organisations' });
    expect(await within(thread).findByText('We tried this in Sjöstad too.')).toBeVisible();
    expect(
      within(thread).getByRole('textbox', { name: /Your comment to every organisation/ }),
    ).toBeVisible();
    expect(screen.queryByRole('region', { name: 'Comments' })).not.toBeInTheDocument();
  });
});
