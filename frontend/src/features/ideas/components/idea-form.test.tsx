import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { beforeEach, describe, expect, it } from 'vitest';

import { anna, draftIdea } from '../../../testing/fixtures';
import { renderRoute } from '../../../testing/render-route';
import { problem, server, signedInAs, emptyIdeaParts } from '../../../testing/server';

beforeEach(() => {
  signedInAs(anna);
  server.use(
    ...emptyIdeaParts(21),
    http.get('*/api/ideas/21', () => HttpResponse.json(draftIdea)),
  );
});

/** The message a screen reader reads with the field: what its aria-describedby points to. */
function description(field: HTMLElement) {
  return (field.getAttribute('aria-describedby') ?? '')
    .split(' ')
    .map((id) => document.getElementById(id)?.textContent ?? '')
    .join(' ');
}

async function fillIn(user: ReturnType<typeof renderRoute>['user']) {
  await user.type(await screen.findByRole('textbox', { name: 'Title' }), 'Shade benches');
  await user.type(screen.getByRole('textbox', { name: /^Problem/ }), 'Too hot in summer.');
  await user.type(screen.getByRole('textbox', { name: /^Proposal/ }), 'Benches with shade.');
  await user.click(await screen.findByRole('checkbox', { name: 'health' }));
}

describe('submitting an idea', () => {
  it('shows each error the server finds at its field, and lists them above the form', async () => {
    server.use(
      http.post('*/api/ideas', () =>
        problem(400, "title: size must be between 0 and 200; themes: 'health' is not one", [
          { field: 'title', message: 'is too long' },
          { field: 'themes', message: "'health' is not one of the organisation's themes" },
        ]),
      ),
    );
    const { user, router } = renderRoute('/ideas/new');
    await fillIn(user);

    await user.click(screen.getByRole('button', { name: 'Save draft' }));

    const title = screen.getByRole('textbox', { name: 'Title' });
    await waitFor(() => {
      expect(title).toHaveAttribute('aria-invalid', 'true');
    });
    expect(screen.getByRole('textbox', { name: /^Problem/ })).not.toHaveAttribute('aria-invalid');
    await waitFor(() => {
      expect(description(title)).toContain('is too long');
    });
    expect(
      within(screen.getByRole('group', { name: /^Themes/ })).getByText(
        "'health' is not one of the organisation's themes",
      ),
    ).toBeInTheDocument();
    const summary = screen.getByRole('group', { name: 'Correct these fields to go on' });
    expect(within(summary).getByRole('link', { name: 'Title: is too long' })).toHaveAttribute(
      'href',
      `#${title.id}`,
    );
    expect(
      within(summary).getByRole('link', {
        name: "Themes (optional): 'health' is not one of the organisation's themes",
      }),
    ).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/ideas/new');
  });

  it('asks for the required fields before sending anything', async () => {
    let posted = false;
    server.use(
      http.post('*/api/ideas', () => {
        posted = true;
        return HttpResponse.json(draftIdea, { status: 201 });
      }),
    );
    const { user } = renderRoute('/ideas/new');
    await user.type(await screen.findByRole('textbox', { name: 'Title' }), 'Shade benches');

    await user.click(screen.getByRole('button', { name: 'Save and submit' }));

    expect(await screen.findByRole('textbox', { name: /^Problem/ })).toHaveAttribute(
      'aria-invalid',
      'true',
    );
    expect(screen.getByRole('textbox', { name: /^Proposal/ })).toHaveAttribute(
      'aria-invalid',
      'true',
    );
    expect(screen.getByRole('textbox', { name: 'Title' })).not.toHaveAttribute('aria-invalid');
    expect(screen.getAllByText('Fill this in')).toHaveLength(2);
    expect(posted).toBe(false);
  });

  it('saves a draft and shows it, ready to be submitted', async () => {
    let body: unknown;
    server.use(
      http.post('*/api/ideas', async ({ request }) => {
        body = await request.json();
        return HttpResponse.json(draftIdea, { status: 201 });
      }),
    );
    const { user, router } = renderRoute('/ideas/new');
    await fillIn(user);
    await user.click(screen.getByRole('checkbox', { name: 'mobility' }));
    await user.click(screen.getByRole('radio', { name: 'Challenge-driven' }));

    await user.click(screen.getByRole('button', { name: 'Save draft' }));

    expect(await screen.findByText('The draft was saved.', {}, { timeout: 10_000 })).toBeVisible();
    await waitFor(() => {
      expect(router.state.location.pathname).toBe('/ideas/21');
    });
    expect(body).toEqual({
      title: 'Shade benches',
      problem: 'Too hot in summer.',
      proposal: 'Benches with shade.',
      entryRoute: 'CHALLENGE_DRIVEN',
      themes: ['health', 'mobility'],
      publicIdea: false,
      fields: [],
    });
    expect(await screen.findByRole('button', { name: 'Submit the idea' })).toBeInTheDocument();
  });
});
