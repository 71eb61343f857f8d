import { screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';

import type { CurrentUser } from '../../../lib/api-types';
import { lena } from '../../../testing/fixtures';
import { renderRoute } from '../../../testing/render-route';
import { problem, server, signedInAs } from '../../../testing/server';

const regina: CurrentUser = {
  ...lena,
  id: 30,
  username: 'regina',
  displayName: 'Regina Region',
  organisationId: 1,
  roles: ['REGION_ADMIN'],
};

const alex: CurrentUser = { ...regina, id: 10, username: 'admin', roles: ['ADMIN'] };

const organisations = [
  { id: 1, name: 'Norrvik municipality' },
  { id: 2, name: 'Sjöstad municipality' },
];

/** Each organisation's lists hold one entry naming it, and it has one field naming it. */
function withOrganisations() {
  server.use(
    http.get('*/api/admin/organisations', () => HttpResponse.json(organisations)),
    http.get('*/api/admin/organisations/:id/lists/:kind', ({ params }) =>
      HttpResponse.json([
        {
          id: Number(params.id) * 100,
          name: `${params.kind as string} of ${params.id as string}`,
          position: 0,
          retired: false,
          uses: 0,
        },
      ]),
    ),
    http.get('*/api/admin/organisations/:id/fields', ({ params }) =>
      HttpResponse.json([
        {
          id: Number(params.id),
          label: `Field of ${params.id as string}`,
          type: 'TEXT',
          required: false,
          choices: [],
          position: 0,
          retired: false,
        },
      ]),
    ),
  );
}

describe("the organisation picker of a region's admin", () => {
  it('shows the lists of the organisation a region admin picks', async () => {
    signedInAs(regina);
    withOrganisations();
    const { user } = renderRoute('/admin/lists');

    const picker = await screen.findByRole('combobox', { name: 'Organisation' });
    expect(picker).toHaveValue('1');
    const themes = await screen.findByRole('region', { name: 'Themes' });
    expect(await within(themes).findByRole('rowheader', { name: 'themes of 1' })).toBeVisible();

    await user.selectOptions(picker, 'Sjöstad municipality');

    expect(await within(themes).findByRole('rowheader', { name: 'themes of 2' })).toBeVisible();
    expect(within(themes).queryByRole('rowheader', { name: 'themes of 1' })).toBeNull();
  });

  it('shows the fields of the organisation a region admin picks', async () => {
    signedInAs(regina);
    withOrganisations();
    const { user } = renderRoute('/admin/fields');

    const picker = await screen.findByRole('combobox', { name: 'Organisation' });
    expect(await screen.findByRole('rowheader', { name: 'Field of 1' })).toBeVisible();

    await user.selectOptions(picker, 'Sjöstad municipality');

    expect(await screen.findByRole('rowheader', { name: 'Field of 2' })).toBeVisible();
  });

  it("is not there for an organisation's admin, who manages their own organisation", async () => {
    signedInAs(alex);
    withOrganisations();
    renderRoute('/admin/lists');

    const themes = await screen.findByRole('region', { name: 'Themes' });
    expect(await within(themes).findByRole('rowheader', { name: 'themes of 1' })).toBeVisible();
    expect(screen.queryByRole('combobox', { name: 'Organisation' })).toBeNull();
  });

  it('says so when an entry could not be added, and keeps what was typed', async () => {
    signedInAs(alex);
    withOrganisations();
    server.use(
      http.post('*/api/admin/organisations/:id/lists/:kind', () =>
        problem(409, 'Someone else changed this list at the same time. Try again.'),
      ),
    );
    const { user } = renderRoute('/admin/lists');

    const themes = await screen.findByRole('region', { name: 'Themes' });
    await user.type(within(themes).getByLabelText('New entry of Themes'), 'Ferries');
    await user.click(within(themes).getByRole('button', { name: 'Add' }));

    expect(await within(themes).findByText('The change could not be saved')).toBeVisible();
    expect(
      within(themes).getByText('Someone else changed this list at the same time. Try again.'),
    ).toBeVisible();
    expect(within(themes).getByLabelText('New entry of Themes')).toHaveValue('Ferries');
  });
});
