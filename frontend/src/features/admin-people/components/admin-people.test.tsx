import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';

import type { CurrentUser } from '../../../lib/api-types';
import { lena } from '../../../testing/fixtures';
import { renderRoute } from '../../../testing/render-route';
import { problem, server, signedInAs } from '../../../testing/server';
import type { AdminOrganisation, AdminPerson } from '../api/types';

const alex: CurrentUser = {
  ...lena,
  id: 10,
  username: 'admin',
  displayName: 'Alex Admin',
  roles: ['ADMIN'],
};

const norrvik: AdminOrganisation = {
  id: 1,
  name: 'Norrvik municipality',
  defaultLanguage: 'sv',
  currency: 'SEK',
  screeningEscalationDays: null,
  benefitReviewDays: 30,
  defaultScreeningEscalationDays: 14,
  defaultBenefitReviewDays: 90,
  version: 0,
};

const omar: AdminPerson = {
  id: 2,
  username: 'omar',
  displayName: 'Omar Haddad',
  email: 'omar@norrvik.example',
  organisationId: 1,
  organisationName: 'Norrvik municipality',
  department: 'Education',
  roles: ['INTRAPRENEUR'],
  active: true,
  provisionedBy: 'LOCAL',
  editable: true,
  invitationPending: false,
  version: 0,
};

function withAdministration() {
  server.use(
    http.get('*/api/admin/people', () => HttpResponse.json([omar])),
    http.get('*/api/admin/organisations', () => HttpResponse.json([norrvik])),
  );
}

describe('the admin area', () => {
  it('is in the header and lists the people for an admin', async () => {
    signedInAs(alex);
    withAdministration();
    renderRoute('/admin/people');

    expect(await screen.findByRole('heading', { level: 1, name: 'People' })).toBeInTheDocument();
    expect(screen.getByRole('banner')).toContainElement(
      screen.getByRole('link', { name: 'Administration' }),
    );
    const row = await screen.findByRole('row', { name: /Omar Haddad/ });
    expect(within(row).getByText('Intrapreneur')).toBeInTheDocument();
    expect(within(row).getByText('Active')).toBeInTheDocument();
  });

  it('does not exist for someone who is no admin', async () => {
    signedInAs(lena);
    renderRoute('/admin/people');

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Page not found' }),
    ).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Administration' })).not.toBeInTheDocument();
  });

  it("shows the new person's invitation link once they are added", async () => {
    signedInAs(alex);
    withAdministration();
    let sent: unknown;
    server.use(
      http.post('*/api/admin/people', async ({ request }) => {
        sent = await request.json();
        return HttpResponse.json(
          {
            person: {
              ...omar,
              id: 3,
              username: 'nora',
              displayName: 'Nora New',
              invitationPending: true,
            },
            invitation: {
              url: 'http://localhost/invitation/abc',
              expiresAt: '2026-12-08T10:00:00Z',
            },
          },
          { status: 201 },
        );
      }),
    );
    renderRoute('/admin/people');

    await userEvent.click(await screen.findByRole('button', { name: 'Add a person' }));
    const dialog = screen.getByRole('dialog');
    await userEvent.type(within(dialog).getByLabelText(/^Username/), 'nora');
    await userEvent.type(within(dialog).getByLabelText(/^Name/), 'Nora New');
    await userEvent.click(within(dialog).getByRole('checkbox', { name: 'Lab lead' }));
    await userEvent.click(
      within(dialog).getByRole('button', { name: 'Add and make an invitation link' }),
    );

    expect(
      await within(dialog).findByDisplayValue('http://localhost/invitation/abc'),
    ).toBeInTheDocument();
    // Confirmed outside the dialog, where a screen reader hears it.
    expect(
      await screen.findByText('Nora New was added. Send them their invitation link.'),
    ).toBeInTheDocument();
    expect(sent).toEqual({
      username: 'nora',
      displayName: 'Nora New',
      roles: ['INTRAPRENEUR', 'LAB_LEAD'],
    });
  });

  it('says at its field what the server refused', async () => {
    signedInAs(alex);
    withAdministration();
    server.use(
      http.post('*/api/admin/people', () =>
        problem(400, 'username: is taken', [{ field: 'username', message: 'is taken' }]),
      ),
    );
    renderRoute('/admin/people');

    await userEvent.click(await screen.findByRole('button', { name: 'Add a person' }));
    const dialog = screen.getByRole('dialog');
    await userEvent.type(within(dialog).getByLabelText(/^Username/), 'omar');
    await userEvent.type(within(dialog).getByLabelText(/^Name/), 'Omar Again');
    await userEvent.click(
      within(dialog).getByRole('button', { name: 'Add and make an invitation link' }),
    );

    await waitFor(() => {
      expect(within(dialog).getAllByText('is taken').length).toBeGreaterThan(0);
    });
  });
});
