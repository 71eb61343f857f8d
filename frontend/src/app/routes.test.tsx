import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { renderRoute } from '../testing/render-route';

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

  it('shows the board heading, the placeholder and the main navigation on /board', async () => {
    renderRoute('/board');

    expect(screen.getByRole('heading', { level: 1, name: 'Board' })).toBeInTheDocument();
    expect(screen.getByText(/columns appear here once the pipeline is deployed/)).toBeVisible();
    const nav = screen.getByRole('navigation', { name: 'Main' });
    expect(nav).toContainElement(screen.getByRole('link', { name: 'Home' }));
    expect(screen.getByRole('link', { name: 'Board' })).toHaveAttribute('aria-current', 'page');
    expect(screen.getByRole('banner')).toHaveTextContent('CivicLab');
    await waitFor(() => {
      expect(document.title).toBe('Board · CivicLab');
    });
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
    const { user } = renderRoute('/');

    await user.click(screen.getByRole('link', { name: 'Open the board' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Board' })).toBeInTheDocument();
  });
});
