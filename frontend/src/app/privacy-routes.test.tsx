import { screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it, vi } from 'vitest';

import type { ErasablePerson } from '../features/privacy/api/get-erasable-people';
import type { MyData } from '../features/privacy/api/get-my-data';
import type { CurrentUser } from '../lib/api-types';
import { anna } from '../testing/fixtures';
import { renderRoute } from '../testing/render-route';
import { problem, server, signedInAs } from '../testing/server';

const admin: CurrentUser = {
  id: 10,
  username: 'admin',
  displayName: 'Alex Admin',
  organisationId: 1,
  department: 'IT',
  roles: ['ADMIN'],
  anonymous: false,
};

const annasData: MyData = {
  exportedAt: '2026-12-01T10:00:00Z',
  person: { id: 1, username: 'anna', displayName: 'Anna Berg', email: 'anna@norrvik.example' },
  records: {
    comments: [{ id: 3, ideaId: 7, body: 'Count me in' }],
    ideasSubmitted: [
      { id: 7, reference: 'IDEA-2026-0007' },
      { id: 8, reference: 'IDEA-2026-0008' },
    ],
  },
};

const people: ErasablePerson[] = [
  {
    id: 1,
    username: 'anna',
    displayName: 'Anna Berg',
    organisation: 'Norrvik municipality',
    active: false,
  },
];

describe('people’s data', () => {
  it('shows a person what CivicLab holds about them, by kind, and downloads it as JSON', async () => {
    signedInAs(anna);
    server.use(http.get('*/api/me/data', () => HttpResponse.json(annasData)));
    const createObjectURL = vi.fn(() => 'blob:my-data');
    const revokeObjectURL = vi.fn();
    Object.assign(URL, { createObjectURL, revokeObjectURL });
    const click = vi
      .spyOn(HTMLAnchorElement.prototype, 'click')
      .mockImplementation(() => undefined);
    const { user } = renderRoute('/my-data');

    expect(await screen.findByRole('heading', { level: 1, name: 'My data' })).toBeInTheDocument();
    const table = await screen.findByRole('table', { name: 'Records about you, by kind' });
    expect(within(table).getByRole('row', { name: 'Ideas you submitted 2' })).toBeInTheDocument();
    expect(within(table).getByRole('row', { name: 'Your comments 1' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'My data' })).toHaveAttribute('href', '/my-data');

    await user.click(screen.getByRole('button', { name: 'Download my data (JSON)' }));
    expect(createObjectURL).toHaveBeenCalledTimes(1);
    expect(click).toHaveBeenCalledTimes(1);
    click.mockRestore();
  });

  it('erases a person once the admin typed their username, and shows the pseudonym', async () => {
    signedInAs(admin);
    let sent: unknown;
    server.use(
      http.get('*/api/admin/erasure/people', () => HttpResponse.json(people)),
      http.post('*/api/admin/people/1/erasure', async ({ request }) => {
        sent = await request.json();
        return HttpResponse.json({
          personId: 1,
          pseudonym: 'Former colleague 7f3a9c01',
          pseudonymUsername: 'former-7f3a9c01',
          erasedAt: '2026-12-01T10:00:00Z',
        });
      }),
    );
    const { user } = renderRoute('/admin/erasure');

    expect(
      await screen.findByRole('heading', { level: 1, name: "Erase a person's data" }),
    ).toBeInTheDocument();
    await user.selectOptions(
      await screen.findByLabelText('Person'),
      'Anna Berg (anna), Norrvik municipality',
    );
    const confirmation = screen.getByLabelText('Username of the person to erase');
    await user.type(confirmation, 'ann');
    await user.click(screen.getByRole('button', { name: 'Erase their personal data' }));
    expect(screen.getByText("Type the chosen person's username exactly.")).toBeInTheDocument();
    expect(sent).toBeUndefined();

    await user.type(confirmation, 'a');
    await user.click(screen.getByRole('button', { name: 'Erase their personal data' }));
    expect(
      await screen.findByText('Their records now name Former colleague 7f3a9c01.'),
    ).toBeInTheDocument();
    expect(sent).toEqual({ confirmUsername: 'anna' });
  });

  it('says why when the server refuses an erasure', async () => {
    signedInAs(admin);
    server.use(
      http.get('*/api/admin/erasure/people', () => HttpResponse.json(people)),
      http.post('*/api/admin/people/1/erasure', () =>
        problem(409, 'Nobody erases themselves: another admin can.'),
      ),
    );
    const { user } = renderRoute('/admin/erasure');

    await user.selectOptions(
      await screen.findByLabelText('Person'),
      'Anna Berg (anna), Norrvik municipality',
    );
    await user.type(screen.getByLabelText('Username of the person to erase'), 'anna');
    await user.click(screen.getByRole('button', { name: 'Erase their personal data' }));
    expect(
      await screen.findByText('Nobody erases themselves: another admin can.'),
    ).toBeInTheDocument();
  });
});
