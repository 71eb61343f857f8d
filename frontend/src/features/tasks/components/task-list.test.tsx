import { screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';

import { lena, tasks } from '../../../testing/fixtures';
import { renderRoute } from '../../../testing/render-route';
import { server, signedInAs } from '../../../testing/server';

describe('my tasks', () => {
  it('lists what waits for the user, oldest first, each a link to act on the idea', async () => {
    signedInAs(lena);
    const newer = {
      ...tasks[0],
      taskId: 't-2',
      gate: 'test',
      stage: 'test',
      since: '2026-02-10T08:00:00Z',
      ideaId: 9,
      reference: 'IDEA-2026-0009',
      title: 'Shared open data portal',
    };
    server.use(http.get('*/api/tasks/mine', () => HttpResponse.json([newer, ...tasks])));

    renderRoute('/my-tasks');

    await screen.findByRole('link', { name: /^IDEA-2026-0002/ });
    const main = within(screen.getByRole('main'));
    const items = within(main.getByRole('list')).getAllByRole('listitem');
    expect(items.map((item) => within(item).getByRole('link').textContent)).toEqual([
      'IDEA-2026-0002 Easy-read versions of the most used e-services',
      'IDEA-2026-0009 Shared open data portal',
    ]);
    const [first] = items;
    if (!first) throw new Error('No task listed');
    expect(within(first).getByRole('link')).toHaveAttribute('href', '/ideas/2#actions');
    expect(first).toHaveTextContent('Gate: Screening');
    expect(first).toHaveTextContent('Waiting since 1 Feb 2026');
  });

  it('says so when nothing waits', async () => {
    signedInAs(lena);
    server.use(http.get('*/api/tasks/mine', () => HttpResponse.json([])));

    renderRoute('/my-tasks');

    expect(await screen.findByText('Nothing waits for you.')).toBeVisible();
  });
});
