import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';

import { board, lena } from '../testing/fixtures';
import { renderRoute } from '../testing/render-route';
import { server, signedInAs } from '../testing/server';

function withBoard() {
  server.use(http.get('*/api/board', () => HttpResponse.json(board)));
}

describe('app routes', () => {
  it('shows the intro and a link to the board on the home page', async () => {
    renderRoute('/');

    expect(screen.getByRole('heading', { level: 1, name: 'CivicLab' })).toBeInTheDocument();
    expect(
      screen.getByText(
        'An idea-to-scale pipeline for municipal innovation labs: think big, start small, then fail or scale fast.',
      ),
    ).toBeInTheDocument();
    expect(screen.getByRole('main')).toContainElement(
      screen.getByRole('link', { name: 'Open the board' }),
    );
    await waitFor(() => {
      expect(document.title).toBe('CivicLab');
    });
  });

  it('shows the board, its columns and the main navigation on /board', async () => {
    signedInAs(lena);
    withBoard();
    renderRoute('/board');

    expect(await screen.findByRole('heading', { level: 1, name: 'Board' })).toBeInTheDocument();
    expect(
      await screen.findByRole('heading', { level: 2, name: /^Screening/ }),
    ).toBeInTheDocument();
    const nav = screen.getByRole('navigation', { name: 'Main' });
    expect(nav).toContainElement(screen.getByRole('link', { name: 'Home' }));
    expect(within(nav).getByRole('link', { name: 'Board' })).toHaveAttribute(
      'aria-current',
      'page',
    );
    expect(within(nav).getByRole('link', { name: 'My tasks' })).toBeInTheDocument();
    expect(screen.getByRole('banner')).toHaveTextContent('CivicLab');
    expect(screen.getByRole('banner')).toHaveTextContent('Signed in as Lena Holm');
    await waitFor(() => {
      expect(document.title).toBe('Board · CivicLab');
    });
  });

  it('sends a visitor who is not signed in from the board to the sign-in page and back', async () => {
    // The board may ask before the app knows nobody is signed in; the server refuses it.
    server.use(
      http.get('*/api/board', () =>
        HttpResponse.json({ status: 401, title: 'Not signed in' }, { status: 401 }),
      ),
    );
    const { router } = renderRoute('/board?q=bike');

    expect(await screen.findByRole('heading', { level: 1, name: 'Sign in' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/sign-in');
    expect(router.state.location.search).toBe(`?redirect=${encodeURIComponent('/board?q=bike')}`);
  });

  it('shows "Page not found" with a link home for an unknown path', async () => {
    renderRoute('/no-such-page');

    expect(screen.getByRole('heading', { level: 1, name: 'Page not found' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Go to the home page' })).toHaveAttribute('href', '/');
    await waitFor(() => {
      expect(document.title).toBe('Page not found · CivicLab');
    });
  });

  it('takes the user from the home page to the board through the link', async () => {
    signedInAs(lena);
    withBoard();
    const { user } = renderRoute('/');

    await user.click(screen.getByRole('link', { name: 'Open the board' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Board' })).toBeInTheDocument();
  });
});
