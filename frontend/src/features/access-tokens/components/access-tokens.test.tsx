import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';

import { lena } from '../../../testing/fixtures';
import { renderRoute } from '../../../testing/render-route';
import { problem, server, signedInAs } from '../../../testing/server';

const SECRET = 'clt_abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG';

const nightly = {
  id: 7,
  name: 'Nightly export',
  scope: 'READ',
  createdAt: '2026-11-01T10:00:00Z',
  expiresAt: '2027-02-01T00:00:00Z',
  lastUsedAt: null,
};

/** The tokens endpoint with a list that the test's requests change. */
function tokensApi(initial: (typeof nightly)[]) {
  let tokens = [...initial];
  const created: unknown[] = [];
  const revoked: string[] = [];
  server.use(
    http.get('*/api/access-tokens', () => HttpResponse.json(tokens)),
    http.post('*/api/access-tokens', async ({ request }) => {
      const body = (await request.json()) as { name: string; scope: string; expiresOn: string };
      created.push(body);
      if (body.name === 'Forever') {
        return problem(400, 'expiresOn: must be at most a year from today', [
          { field: 'expiresOn', message: 'must be at most a year from today' },
        ]);
      }
      const token = { ...nightly, id: 8, name: body.name, scope: body.scope };
      tokens = [token, ...tokens];
      return HttpResponse.json({ token: SECRET, accessToken: token }, { status: 201 });
    }),
    http.delete('*/api/access-tokens/:id', ({ params }) => {
      revoked.push(String(params.id));
      tokens = tokens.filter((token) => String(token.id) !== params.id);
      return new HttpResponse(null, { status: 204 });
    }),
  );
  return { created, revoked };
}

// The whole app is rendered, the page's chunk loaded lazily: on a busy machine the first
// test alone can take more than the default five seconds.
describe('the access tokens page', { timeout: 20_000 }, () => {
  it('lists the tokens with their scope, expiry and last use', async () => {
    signedInAs(lena);
    tokensApi([nightly]);
    renderRoute('/account/tokens');

    const table = await screen.findByRole('table', { name: 'Your tokens' });
    const row = within(table).getByRole('row', { name: /Nightly export/ });
    expect(row).toHaveTextContent('Read only');
    expect(row).toHaveTextContent('Never used');
    expect(row).toHaveTextContent('2027');
  });

  it('is reached from the user menu', async () => {
    signedInAs(lena);
    tokensApi([]);
    const { user } = renderRoute('/account/tokens');
    await user.click(await screen.findByRole('link', { name: 'Access tokens' }));

    expect(await screen.findByText('You have no access tokens.')).toBeInTheDocument();
  });

  it('shows a new token once, copies it, and lists it without its secret', async () => {
    signedInAs(lena);
    const api = tokensApi([]);
    const { user } = renderRoute('/account/tokens');

    await user.click(await screen.findByRole('button', { name: 'New access token' }));
    const dialog = await screen.findByRole('dialog', { name: 'New access token' });
    await user.type(within(dialog).getByLabelText('What is it for?'), 'Budget sync');
    await user.click(within(dialog).getByLabelText('Read and write'));
    await user.click(within(dialog).getByRole('button', { name: 'Create token' }));

    const shown = await within(dialog).findByLabelText('Your new token');
    expect(shown).toHaveValue(SECRET);
    expect(api.created).toEqual([
      expect.objectContaining({ name: 'Budget sync', scope: 'READ_WRITE' }),
    ]);
    await user.click(within(dialog).getByRole('button', { name: 'Copy token' }));
    expect(await navigator.clipboard.readText()).toBe(SECRET);
    expect(within(dialog).getByRole('button', { name: 'Copied' })).toBeInTheDocument();

    await user.click(within(dialog).getByRole('button', { name: 'Done' }));
    const table = await screen.findByRole('table', { name: 'Your tokens' });
    expect(within(table).getByRole('row', { name: /Budget sync/ })).toHaveTextContent(
      'Read and write',
    );
    expect(document.body).not.toHaveTextContent(SECRET);
  });

  it('shows the server refusing an expiry at the field', async () => {
    signedInAs(lena);
    tokensApi([]);
    const { user } = renderRoute('/account/tokens');

    await user.click(await screen.findByRole('button', { name: 'New access token' }));
    const dialog = await screen.findByRole('dialog', { name: 'New access token' });
    await user.type(within(dialog).getByLabelText('What is it for?'), 'Forever');
    await user.click(within(dialog).getByRole('button', { name: 'Create token' }));

    expect(
      (await within(dialog).findAllByText('must be at most a year from today')).length,
    ).toBeGreaterThan(0);
    expect(within(dialog).queryByLabelText('Your new token')).toBeNull();
  });

  it('revokes a token only after the person confirms', async () => {
    signedInAs(lena);
    const api = tokensApi([nightly]);
    const { user } = renderRoute('/account/tokens');

    await user.click(await screen.findByRole('button', { name: 'Revoke Nightly export' }));
    const confirm = await screen.findByRole('dialog', { name: 'Revoke “Nightly export”?' });
    expect(api.revoked).toEqual([]);
    await user.click(within(confirm).getByRole('button', { name: 'Revoke token' }));

    await waitFor(() => {
      expect(api.revoked).toEqual(['7']);
    });
    expect(await screen.findByText('You have no access tokens.')).toBeInTheDocument();
  });
});
