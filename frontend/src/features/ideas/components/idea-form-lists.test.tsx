import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { beforeEach, describe, expect, it } from 'vitest';

import type { CustomFieldSpec } from '../../../lib/api-types';
import { anna, draftIdea } from '../../../testing/fixtures';
import { renderRoute } from '../../../testing/render-route';
import { problem, server, signedInAs, emptyIdeaParts } from '../../../testing/server';

const funding: CustomFieldSpec = {
  id: 5,
  label: 'Funding source',
  type: 'CHOICE',
  required: true,
  choices: ['EU grant', 'Own budget'],
};
const hours: CustomFieldSpec = {
  id: 6,
  label: 'Staff hours',
  type: 'NUMBER',
  required: false,
  choices: [],
};

let posted: unknown[] = [];

beforeEach(() => {
  posted = [];
  signedInAs(anna);
  server.use(
    ...emptyIdeaParts(21),
    http.get('*/api/ideas/21', () => HttpResponse.json(draftIdea)),
    http.get('*/api/custom-fields', () => HttpResponse.json([funding, hours])),
    http.post('*/api/ideas', async ({ request }) => {
      posted.push(await request.json());
      return HttpResponse.json(draftIdea, { status: 201 });
    }),
  );
});

async function fillIn(user: ReturnType<typeof renderRoute>['user']) {
  await user.type(await screen.findByRole('textbox', { name: 'Title' }), 'Shade benches');
  await user.type(screen.getByRole('textbox', { name: /^Problem/ }), 'Too hot in summer.');
  await user.type(screen.getByRole('textbox', { name: /^Proposal/ }), 'Benches with shade.');
}

describe('the submission form and the lists', () => {
  it('offers the departments and themes of the organisation as pick-lists', async () => {
    renderRoute('/ideas/new');

    const department = await screen.findByRole('combobox', { name: /^Department/ });
    await waitFor(() => {
      expect(
        within(department)
          .getAllByRole('option')
          .map((option) => option.textContent),
      ).toEqual(['None', 'Education', 'Elderly care', 'Social services']);
    });
    const themes = screen.getByRole('group', { name: /^Themes/ });
    expect(
      within(themes)
        .getAllByRole('checkbox')
        .map((box) => box.getAttribute('value')),
    ).toEqual(['health', 'mobility', 'schools']);
  });

  it('renders the custom fields from the API, and asks for a required one before sending', async () => {
    const { user } = renderRoute('/ideas/new');
    await fillIn(user);

    expect(await screen.findByRole('combobox', { name: 'Funding source' })).toBeRequired();
    expect(screen.getByRole('spinbutton', { name: 'Staff hours (optional)' })).not.toBeRequired();
    await user.click(screen.getByRole('button', { name: 'Save draft' }));

    expect(await screen.findByRole('combobox', { name: 'Funding source' })).toHaveAttribute(
      'aria-invalid',
      'true',
    );
    expect(posted).toEqual([]);
  });

  it('sends the custom fields with the idea', async () => {
    const { user } = renderRoute('/ideas/new');
    await fillIn(user);
    await user.selectOptions(
      await screen.findByRole('combobox', { name: 'Funding source' }),
      'EU grant',
    );
    await user.type(screen.getByRole('spinbutton', { name: 'Staff hours (optional)' }), '40');
    await user.selectOptions(screen.getByRole('combobox', { name: /^Department/ }), 'Education');

    await user.click(screen.getByRole('button', { name: 'Save draft' }));

    await waitFor(() => {
      expect(posted).toHaveLength(1);
    });
    expect(posted[0]).toMatchObject({
      department: 'Education',
      fields: [
        { fieldId: 5, value: 'EU grant' },
        { fieldId: 6, value: '40' },
      ],
    });
  });

  it("shows the server's refusal of a custom field at that field", async () => {
    server.use(
      http.post('*/api/ideas', () =>
        problem(400, 'fields.6: Staff hours must be a number', [
          { field: 'fields.6', message: 'Staff hours must be a number, such as 1500 or 2.5' },
        ]),
      ),
    );
    const { user } = renderRoute('/ideas/new');
    await fillIn(user);
    await user.selectOptions(
      await screen.findByRole('combobox', { name: 'Funding source' }),
      'Own budget',
    );
    await user.type(screen.getByRole('spinbutton', { name: 'Staff hours (optional)' }), '4');

    await user.click(screen.getByRole('button', { name: 'Save draft' }));

    const field = screen.getByRole('spinbutton', { name: 'Staff hours (optional)' });
    await waitFor(() => {
      expect(field).toHaveAttribute('aria-invalid', 'true');
    });
    expect(
      within(screen.getByRole('group', { name: 'Correct these fields to go on' })).getByRole(
        'link',
        {
          name: 'Staff hours: Staff hours must be a number, such as 1500 or 2.5',
        },
      ),
    ).toBeInTheDocument();
  });
});
