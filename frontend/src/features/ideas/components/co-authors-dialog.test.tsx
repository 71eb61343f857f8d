import { screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { beforeEach, describe, expect, it } from 'vitest';

import type { FullIdeaView } from '../../../lib/api-types';
import { anna, draftIdea } from '../../../testing/fixtures';
import { renderRoute } from '../../../testing/render-route';
import { emptyIdeaParts, problem, server, signedInAs } from '../../../testing/server';

const draft: FullIdeaView = {
  ...draftIdea,
  coAuthors: [{ username: 'omar', name: 'Omar Haddad' }],
  actions: [
    { type: 'EDIT', gate: null, outcomes: [] },
    { type: 'CHANGE_CO_AUTHORS', gate: null, outcomes: [] },
    { type: 'SUBMIT', gate: null, outcomes: [] },
  ],
};

beforeEach(() => {
  signedInAs(anna);
  server.use(...emptyIdeaParts(21));
});

describe('naming co-authors', () => {
  it('lists the co-authors and lets the submitter name colleagues at the version they saw', async () => {
    let current = draft;
    let sent: unknown;
    server.use(
      http.get('*/api/ideas/21', () => HttpResponse.json(current)),
      http.put('*/api/ideas/21/co-authors', async ({ request }) => {
        sent = await request.json();
        current = {
          ...draft,
          version: 1,
          coAuthors: [
            { username: 'omar', name: 'Omar Haddad' },
            { username: 'lena', name: 'Lena Holm' },
          ],
        };
        return HttpResponse.json(current);
      }),
    );
    const { user } = renderRoute('/ideas/21');
    const details = await screen.findByRole('region', { name: 'Details' });
    expect(details).toHaveTextContent('Co-authorsOmar Haddad');

    await user.click(screen.getByRole('button', { name: 'Name co-authors' }));
    const dialog = await screen.findByRole('dialog', { name: 'Co-authors' });
    const people = await within(dialog).findByRole('group', {
      name: /^Colleagues who wrote the idea with you/,
    });
    expect(within(people).getByRole('checkbox', { name: 'Omar Haddad' })).toBeChecked();
    expect(within(people).getByRole('checkbox', { name: 'Lena Holm' })).not.toBeChecked();
    await user.click(within(people).getByRole('checkbox', { name: 'Lena Holm' }));
    await user.click(within(dialog).getByRole('button', { name: 'Save the co-authors' }));

    expect(await screen.findByText('The co-authors were saved.')).toBeVisible();
    expect(sent).toEqual({ coAuthors: ['omar', 'lena'], version: 0 });
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(screen.getByRole('region', { name: 'Details' })).toHaveTextContent(
      'Co-authorsOmar HaddadLena Holm',
    );
  }, 15_000);

  it("shows the server's refusal at the list of colleagues", async () => {
    server.use(
      http.get('*/api/ideas/21', () => HttpResponse.json(draft)),
      http.put('*/api/ideas/21/co-authors', () =>
        problem(400, 'Invalid request', [
          { field: 'coAuthors', message: 'names at most 10 colleagues' },
        ]),
      ),
    );
    const { user } = renderRoute('/ideas/21');
    await user.click(await screen.findByRole('button', { name: 'Name co-authors' }));
    const dialog = await screen.findByRole('dialog', { name: 'Co-authors' });
    await within(dialog).findByRole('group', { name: /^Colleagues who wrote the idea with you/ });
    await user.click(within(dialog).getByRole('button', { name: 'Save the co-authors' }));

    expect(
      await within(dialog).findByRole('link', {
        name: 'Colleagues who wrote the idea with you: names at most 10 colleagues',
      }),
    ).toBeVisible();
    expect(within(dialog).getByRole('group', { name: /Colleagues who wrote/ })).toHaveTextContent(
      'names at most 10 colleagues',
    );
  }, 15_000);

  it('is offered only when the server says the reader may name them', async () => {
    server.use(
      http.get('*/api/ideas/21', () =>
        HttpResponse.json({ ...draft, actions: [{ type: 'EDIT', gate: null, outcomes: [] }] }),
      ),
    );
    renderRoute('/ideas/21');
    await screen.findByRole('region', { name: 'What you can do' });
    expect(screen.queryByRole('button', { name: 'Name co-authors' })).toBeNull();
  });
});
