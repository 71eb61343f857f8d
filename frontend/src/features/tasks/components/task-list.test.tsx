import { screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';

import type { MyTask } from '../../../lib/api-types';
import { lena, screeningTask, tasks } from '../../../testing/fixtures';
import { renderRoute } from '../../../testing/render-route';
import { server, signedInAs } from '../../../testing/server';

describe('my tasks', () => {
  it('lists what waits for the user, oldest first, each a link to act on the idea', async () => {
    signedInAs(lena);
    const newer: MyTask = {
      ...screeningTask,
      taskId: 't-2',
      gate: 'TEST',
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

  it('shows a lab lead what nobody may decide, marked as waiting, with why', async () => {
    signedInAs(lena);
    const waiting = (overrides: Partial<MyTask>): MyTask => ({
      ...screeningTask,
      mayAct: false,
      mayPass: [],
      ...overrides,
    });
    server.use(
      http.get('*/api/tasks/mine', () =>
        HttpResponse.json([
          waiting({ taskId: 't-3', yourRight: 'CO_AUTHOR', since: '2026-01-05T08:00:00Z' }),
          waiting({
            taskId: 't-4',
            gate: 'SCALE',
            stage: 'scale-decision',
            yourRight: 'NOT_CANDIDATE',
            since: '2026-01-06T08:00:00Z',
            ideaId: 7,
            reference: 'IDEA-2026-0007',
            title: 'Indoor-climate sensors',
          }),
          ...tasks,
        ]),
      ),
    );

    renderRoute('/my-tasks');

    await screen.findByRole('link', { name: /^IDEA-2026-0007/ });
    const items = within(within(screen.getByRole('main')).getByRole('list')).getAllByRole(
      'listitem',
    );
    const [coAuthored, scale, mine] = items;
    if (!coAuthored || !scale || !mine) throw new Error('Tasks missing');
    expect(coAuthored).toHaveTextContent('Gate: Screening Waiting');
    expect(coAuthored).toHaveTextContent(
      'The idea waits: nobody in your organisation may take this decision now. You may not: you co-authored the idea.',
    );
    expect(scale).toHaveTextContent('Gate: Scale Waiting');
    expect(scale).toHaveTextContent(
      'Everyone with the role that takes it wrote the idea or proposed scaling it, or nobody has that role',
    );
    expect(within(mine).queryByText('Waiting', { exact: true })).toBeNull();
    expect(mine).not.toHaveTextContent('The idea waits');
  });

  it('says so when nothing waits', async () => {
    signedInAs(lena);
    server.use(http.get('*/api/tasks/mine', () => HttpResponse.json([])));

    renderRoute('/my-tasks');

    expect(await screen.findByText('Nothing waits for you.')).toBeVisible();
  });
});
