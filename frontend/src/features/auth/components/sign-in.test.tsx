import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it, vi } from 'vitest';

import { leaveApp } from '../../../lib/leave-app';

import { board, lena } from '../../../testing/fixtures';
import { renderRoute } from '../../../testing/render-route';
import { problem, server } from '../../../testing/server';

vi.mock('../../../lib/leave-app');

interface SignInRequest {
  body: unknown;
  csrf: string | null;
}

function acceptSignIn(requests: SignInRequest[]) {
  server.use(
    http.post('*/api/session', async ({ request }) => {
      requests.push({ body: await request.json(), csrf: request.headers.get('X-XSRF-TOKEN') });
      server.use(http.get('*/api/session', () => HttpResponse.json(lena)));
      return HttpResponse.json(lena);
    }),
    http.get('*/api/board', () => HttpResponse.json(board)),
  );
}

describe('the sign-in page', () => {
  it('offers a sign-in with the organisation where the server has single sign-on', async () => {
    server.use(
      http.get('*/api/session/providers', () =>
        HttpResponse.json([
          {
            id: 'civiclab',
            name: 'Sjöstad and Norrvik staff',
            url: '/oauth2/authorization/civiclab',
          },
        ]),
      ),
    );
    renderRoute('/sign-in');

    const providers = await screen.findByRole('region', { name: 'Sign in with your organisation' });
    expect(
      within(providers).getByRole('link', { name: 'Sign in with Sjöstad and Norrvik staff' }),
    ).toHaveAttribute('href', '/oauth2/authorization/civiclab');
  });

  it('offers no organisation sign-in where the server has none', async () => {
    renderRoute('/sign-in');

    await screen.findByRole('region', { name: 'Demo users' });
    expect(screen.queryByRole('region', { name: 'Sign in with your organisation' })).toBeNull();
  });

  it('says why the user is back when the organisation did not sign them in', async () => {
    renderRoute('/sign-in?sso=refused');

    expect(
      await screen.findByText(/Signing in through your organisation did not succeed/),
    ).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Not signed in' })).toBeInTheDocument();
  });

  it('lists the demo users with their roles', async () => {
    renderRoute('/sign-in');

    const demo = await screen.findByRole('region', { name: 'Demo users' });
    const karin = within(demo).getByRole('button', { name: 'Sign in as Karin Dahl' }).closest('li');
    expect(karin).not.toBeNull();
    expect(karin).toHaveTextContent('Lab lead');
    expect(karin).toHaveTextContent('Executive');
    expect(karin).toHaveTextContent('Norrvik municipality, Innovation lab');
    expect(within(demo).getAllByRole('button')).toHaveLength(3);
  });

  it('signs in at once as a demo user and goes on to the page asked for', async () => {
    const requests: SignInRequest[] = [];
    acceptSignIn(requests);
    const { user, router } = renderRoute('/board?q=bike');
    await screen.findByRole('heading', { level: 1, name: 'Sign in' });

    await user.click(await screen.findByRole('button', { name: 'Sign in as Lena Holm' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Board' })).toBeInTheDocument();
    expect(router.state.location.pathname + router.state.location.search).toBe('/board?q=bike');
    expect(requests).toEqual([
      { body: { username: 'lena', password: 'demo' }, csrf: 'test-csrf-token' },
    ]);
    expect(screen.getByRole('banner')).toHaveTextContent('Signed in as Lena Holm');
  });

  it('signs in with a username and password', async () => {
    const requests: SignInRequest[] = [];
    acceptSignIn(requests);
    const { user, router } = renderRoute('/sign-in');

    await user.type(await screen.findByRole('textbox', { name: 'Username' }), 'lena');
    await user.type(screen.getByLabelText('Password'), 'demo');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));

    await waitFor(() => {
      expect(router.state.location.pathname).toBe('/board');
    });
    expect(requests[0]?.body).toEqual({ username: 'lena', password: 'demo' });
  });

  it('says so when the username or password is wrong', async () => {
    server.use(http.post('*/api/session', () => problem(401, 'The username or password is wrong')));
    const { user, router } = renderRoute('/sign-in');

    await user.type(await screen.findByRole('textbox', { name: 'Username' }), 'lena');
    await user.type(screen.getByLabelText('Password'), 'wrong');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));

    expect(await screen.findByText('The username or password is wrong.')).toBeVisible();
    expect(screen.getByText('Signing in failed')).toBeVisible();
    expect(router.state.location.pathname).toBe('/sign-in');
  });

  it('signs out from the header', async () => {
    server.use(
      http.get('*/api/session', () => HttpResponse.json(lena)),
      http.get('*/api/board', () => HttpResponse.json(board)),
      http.delete('*/api/session', () => {
        server.use(http.get('*/api/session', () => problem(401, "Sign in to use CivicLab's API")));
        return new HttpResponse(null, { status: 204 });
      }),
    );
    const { user, router } = renderRoute('/board');

    await user.click(await screen.findByRole('button', { name: 'Sign out' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Sign in' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/sign-in');
    expect(screen.queryByText(/Signed in as/)).toBeNull();
  });

  it('signs out of the identity provider too when the server names its sign-out', async () => {
    const providerSignOut =
      'https://idp.example.org/logout?id_token_hint=token&post_logout_redirect_uri=http://localhost/sign-in';
    server.use(
      http.get('*/api/session', () => HttpResponse.json(lena)),
      http.get('*/api/board', () => HttpResponse.json(board)),
      http.delete('*/api/session', () => HttpResponse.json({ providerSignOut })),
    );
    const { user } = renderRoute('/board');

    await user.click(await screen.findByRole('button', { name: 'Sign out' }));

    await waitFor(() => {
      expect(leaveApp).toHaveBeenCalledWith(providerSignOut);
    });
  });
});
