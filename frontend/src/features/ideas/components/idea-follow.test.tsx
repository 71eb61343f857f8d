import { screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { beforeEach, describe, expect, it } from 'vitest';

import type { FullIdeaView } from '../../../lib/api-types';
import { draftIdea, lena } from '../../../testing/fixtures';
import { renderRoute } from '../../../testing/render-route';
import { emptyIdeaParts, server, signedInAs } from '../../../testing/server';

beforeEach(() => {
  signedInAs(lena);
  server.use(...emptyIdeaParts(21));
});

/** The idea's following endpoint, as the server keeps the reader's choice. */
function followingApi(initial: boolean) {
  let following = initial;
  const requests: string[] = [];
  server.use(
    http.get('*/api/ideas/21/following', () => HttpResponse.json({ following })),
    http.put('*/api/ideas/21/following', () => {
      requests.push('PUT');
      following = true;
      return HttpResponse.json({ following });
    }),
    http.delete('*/api/ideas/21/following', () => {
      requests.push('DELETE');
      following = false;
      return HttpResponse.json({ following });
    }),
  );
  return requests;
}

describe('following an idea', { timeout: 20_000 }, () => {
  it('follows and unfollows, the button showing its pressed state', async () => {
    server.use(http.get('*/api/ideas/21', () => HttpResponse.json(draftIdea)));
    const requests = followingApi(false);
    const { user } = renderRoute('/ideas/21');

    const section = await screen.findByRole('region', { name: 'Follow' });
    const button = await within(section).findByRole('button', { name: 'Follow this idea' });
    expect(button).toHaveAttribute('aria-pressed', 'false');
    expect(section).toHaveTextContent('Follow this idea to be told what happens to it.');

    await user.click(button);
    expect(await within(section).findByText(/You follow this idea/)).toBeVisible();
    expect(within(section).getByRole('button', { name: 'Follow this idea' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );

    await user.click(within(section).getByRole('button', { name: 'Follow this idea' }));
    expect(await within(section).findByText(/to be told what happens/)).toBeVisible();
    expect(requests).toEqual(['PUT', 'DELETE']);
  });

  it("labels a time box's end and a shelf wake-up in the timeline", async () => {
    const idea: FullIdeaView = {
      ...draftIdea,
      timeline: [
        {
          at: '2026-11-30T08:00:00Z',
          action: 'TIME_BOX_ENDED',
          actor: 'system',
          details: null,
          recordId: null,
          recordType: null,
        },
        {
          at: '2026-12-01T08:00:00Z',
          action: 'SHELF_WOKE_UP',
          actor: 'system',
          details: null,
          recordId: null,
          recordType: null,
        },
      ],
    };
    server.use(http.get('*/api/ideas/21', () => HttpResponse.json(idea)));
    followingApi(true);
    renderRoute('/ideas/21');

    const timeline = await screen.findByRole('region', { name: 'Timeline' });
    expect(within(timeline).getByText('Time box ended')).toBeVisible();
    expect(within(timeline).getByText('Back from the shelf')).toBeVisible();
    expect(timeline).not.toHaveTextContent('TIME_BOX_ENDED');
  });
});
