import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { beforeEach, describe, expect, it } from 'vitest';

import type { IdeaView } from '../../../lib/api-types';
import { anna, draftIdea } from '../../../testing/fixtures';
import { renderRoute } from '../../../testing/render-route';
import { problem, server, signedInAs, emptyIdeaParts } from '../../../testing/server';

const submitted: IdeaView = {
  ...draftIdea,
  stage: 'screening',
  version: 1,
  actions: [
    { type: 'WITHDRAW', gate: null, outcomes: [] },
    { type: 'COMMENT', gate: null, outcomes: [] },
    { type: 'SUPPORT', gate: null, outcomes: [] },
  ],
};

/** The app's one live region, once it says something. */
async function announcement() {
  const region = document.querySelector('.announcer[aria-live="polite"]');
  await waitFor(() => {
    expect(region).not.toBeEmptyDOMElement();
  });
  return region;
}

beforeEach(() => {
  signedInAs(anna);
  server.use(...emptyIdeaParts(21));
});

describe("an idea's actions", () => {
  it('submits a draft at the version the user saw', async () => {
    let current = draftIdea;
    let sent: unknown;
    server.use(
      http.get('*/api/ideas/21', () => HttpResponse.json(current)),
      http.post('*/api/ideas/21/submit', async ({ request }) => {
        sent = await request.json();
        current = submitted;
        return HttpResponse.json(submitted);
      }),
    );
    const { user } = renderRoute('/ideas/21');
    const actions = await screen.findByRole('region', { name: 'What you can do' });
    expect(within(actions).getByRole('link', { name: 'Edit' })).toHaveAttribute(
      'href',
      '/ideas/21/edit',
    );

    await user.click(within(actions).getByRole('button', { name: 'Submit the idea' }));

    expect(await announcement()).toHaveTextContent('The idea was submitted.');
    expect(sent).toEqual({ version: 0 });
    expect(within(actions).queryByRole('button', { name: 'Submit the idea' })).toBeNull();
    expect(screen.getByRole('region', { name: 'Details' })).toHaveTextContent('Screening');
  });

  it('tells the user when someone else changed the idea, and shows it as it is now', async () => {
    let reads = 0;
    server.use(
      http.get('*/api/ideas/21', () => {
        reads += 1;
        return HttpResponse.json(reads === 1 ? draftIdea : { ...draftIdea, version: 3 });
      }),
      http.post('*/api/ideas/21/submit', () =>
        problem(409, 'The idea was changed since you read it; reload it and try again'),
      ),
    );
    const { user } = renderRoute('/ideas/21');

    await user.click(await screen.findByRole('button', { name: 'Submit the idea' }));

    expect(
      await screen.findByText(
        'Someone else changed this idea at the same time. It has been reloaded: check it and try again.',
      ),
    ).toBeVisible();
    await waitFor(() => {
      expect(reads).toBe(2);
    });
  });

  it('withdraws the idea after the user confirms', async () => {
    let withdrawn = false;
    server.use(
      http.get('*/api/ideas/21', () => HttpResponse.json(submitted)),
      http.post('*/api/ideas/21/withdraw', () => {
        withdrawn = true;
        return HttpResponse.json({ ...submitted, stage: 'withdrawn', actions: [] });
      }),
    );
    const { user } = renderRoute('/ideas/21');

    await user.click(await screen.findByRole('button', { name: 'Withdraw the idea' }));
    const dialog = await screen.findByRole('dialog', { name: 'Withdraw this idea?' });
    expect(withdrawn).toBe(false);
    await user.click(within(dialog).getByRole('button', { name: 'Yes, withdraw it' }));

    expect(await announcement()).toHaveTextContent('The idea was withdrawn.');
    expect(withdrawn).toBe(true);
  });

  it('gives support and shows how many give it', async () => {
    let current = submitted;
    server.use(
      http.get('*/api/ideas/21', () => HttpResponse.json(current)),
      http.put('*/api/ideas/21/support', () => {
        current = { ...submitted, supports: 1, supportedByMe: true };
        return HttpResponse.json({ supports: 1, supportedByMe: true });
      }),
    );
    const { user } = renderRoute('/ideas/21');
    const support = await screen.findByRole('region', { name: 'Support' });
    expect(support).toHaveTextContent('0 people support this idea');

    await user.click(within(support).getByRole('button', { name: 'Support this idea' }));

    expect(
      await within(support).findByRole('button', { name: 'Withdraw my support' }),
    ).toHaveAttribute('aria-pressed', 'true');
    expect(support).toHaveTextContent('1 person supports this idea');
  });

  it.each([
    [
      'an ended idea',
      { stage: 'declined', endedAt: '2026-04-01T09:00:00Z' },
      'it has ended, and an ended idea takes no more decisions',
    ],
    [
      'a gate someone else passes',
      {
        gates: [
          {
            gate: 'SCREENING' as const,
            stage: 'screening',
            roles: ['LAB_LEAD' as const],
            since: '2026-03-02T09:00:00Z',
            yourRight: 'NOT_MEMBER' as const,
            mayPass: [{ username: 'lena', name: 'Lena Holm' }],
          },
        ],
      },
      'its next step is taken by someone else',
    ],
    ['no open gate', {}, 'no decision is open on it until its current stage calls for one'],
  ])('says why there is nothing to do on %s', async (_, change, why) => {
    const idea = {
      ...submitted,
      actions: [{ type: 'COMMENT' as const, gate: null, outcomes: [] }],
      ...change,
    };
    server.use(http.get('*/api/ideas/21', () => HttpResponse.json(idea)));
    renderRoute('/ideas/21');
    const actions = await screen.findByRole('region', { name: 'What you can do' });

    expect(actions).toHaveTextContent('There is nothing for you to do on this idea');
    expect(actions).toHaveTextContent(why);
  });
});
