import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { renderRoute } from '../testing/render-route';

describe('the language switch', () => {
  it('shows the app in Swedish when Svenska is chosen, and says so to the browser', async () => {
    const { user } = renderRoute('/');
    expect(screen.getByRole('link', { name: 'Open the board' })).toBeInTheDocument();

    await user.selectOptions(screen.getByRole('combobox', { name: 'Language' }), 'Svenska');

    expect(await screen.findByRole('link', { name: 'Öppna tavlan' })).toBeInTheDocument();
    const nav = screen.getByRole('navigation', { name: 'Huvudmeny' });
    expect(within(nav).getByRole('link', { name: 'Tavlan' })).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Språk' })).toHaveValue('sv');
    expect(document.documentElement).toHaveAttribute('lang', 'sv');
    expect(document.title).toBe('CivicLab');
  });

  it('remembers the choice the next time the app starts', async () => {
    const first = renderRoute('/');
    await first.user.selectOptions(screen.getByRole('combobox', { name: 'Language' }), 'sv');
    first.unmount();

    renderRoute('/no-such-page');

    expect(screen.getByRole('heading', { level: 1, name: 'Sidan hittades inte' })).toBeVisible();
    expect(screen.getByRole('combobox', { name: 'Språk' })).toHaveValue('sv');
    expect(document.documentElement).toHaveAttribute('lang', 'sv');
  });

  it('switches back to English', async () => {
    window.localStorage.setItem('civiclab.language', 'sv');
    const { user } = renderRoute('/');
    expect(screen.getByRole('link', { name: 'Öppna tavlan' })).toBeInTheDocument();

    await user.selectOptions(screen.getByRole('combobox', { name: 'Språk' }), 'English');

    expect(await screen.findByRole('link', { name: 'Open the board' })).toBeInTheDocument();
    expect(document.documentElement).toHaveAttribute('lang', 'en');
    expect(window.localStorage.getItem('civiclab.language')).toBe('en');
  });
});
