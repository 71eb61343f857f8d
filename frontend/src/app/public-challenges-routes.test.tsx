import { screen } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';

import { renderRoute } from '../testing/render-route';
import { server } from '../testing/server';

const challenge = {
  id: 7,
  title: 'Quieter streets at night',
  problem: 'Night traffic keeps residents awake.',
  affected: 'Residents along the main roads.',
  goodAnswer: null,
  themes: ['Mobility'],
  state: 'OPEN',
  opensAt: '2026-12-01T00:00:00Z',
  closesAt: '2026-12-31T22:59:59Z',
  organisation: 'Norrvik municipality',
  summary: null,
  takesSuggestions: true,
};

function publicChallengeApi() {
  const sent: unknown[] = [];
  server.use(
    http.get('*/api/open/challenges/7', () =>
      HttpResponse.json({
        challenge,
        suggestions: [
          { id: 3, title: 'Electric night buses', text: 'Quiet.', authorName: null, supports: 2 },
        ],
      }),
    ),
    http.post('*/api/open/challenges/7/suggestions', async ({ request }) => {
      sent.push(await request.json());
      return sent.length === 1
        ? HttpResponse.json({ status: 'CHECK_YOUR_MAIL' }, { status: 202 })
        : HttpResponse.json(
            { status: 429, title: 'Too many requests', detail: 'Too many.' },
            { status: 429, headers: { 'Retry-After': '150' } },
          );
    }),
  );
  return sent;
}

describe('a public challenge', { timeout: 20_000 }, () => {
  it('shows its approved suggestions and keeps the honeypot out of reach', async () => {
    publicChallengeApi();
    renderRoute('/public/challenges/7');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Quieter streets at night' }),
    ).toBeVisible();
    expect(screen.getByRole('heading', { level: 3, name: 'Electric night buses' })).toBeVisible();
    expect(screen.getByText('Without a name. 2 supports.')).toBeVisible();
    expect(screen.getByRole('button', { name: 'Support “Electric night buses”' })).toBeVisible();

    const honeypot = document.querySelector<HTMLInputElement>('input[name="website"]');
    expect(honeypot).not.toBeNull();
    expect(honeypot).toHaveAttribute('tabindex', '-1');
    expect(honeypot).toHaveAttribute('autocomplete', 'off');
    expect(honeypot?.closest('[aria-hidden="true"]')).not.toBeNull();
    expect(screen.queryByRole('textbox', { name: /Website/ })).toBeNull();
  });

  it('ties the errors to their fields and says to check the mail once sent', async () => {
    const sent = publicChallengeApi();
    const { user } = renderRoute('/public/challenges/7');
    await user.click(await screen.findByRole('button', { name: 'Send the suggestion' }));
    const email = screen.getByRole('textbox', { name: 'Your e-mail address' });
    expect(email).toHaveAttribute('aria-invalid', 'true');
    expect(email).toHaveAccessibleDescription(/Fill this in/);
    expect(sent).toEqual([]);

    await user.type(
      screen.getByRole('textbox', { name: 'Your suggestion in a few words' }),
      'Night buses',
    );
    await user.type(screen.getByRole('textbox', { name: 'Your suggestion' }), 'Electric ones.');
    await user.type(email, 'resident@example.org');
    await user.click(screen.getByRole('button', { name: 'Send the suggestion' }));
    expect(await screen.findByRole('heading', { name: 'Check your mail' })).toBeVisible();
    expect(sent).toEqual([
      {
        title: 'Night buses',
        text: 'Electric ones.',
        email: 'resident@example.org',
        credit: false,
        language: 'en',
        website: '',
      },
    ]);
  });
});

describe('the pages a mail links to', { timeout: 20_000 }, () => {
  it('erases only on the click, and says when to try again when throttled', async () => {
    const posts: string[] = [];
    server.use(
      http.post('*/api/open/erasures/:token', ({ params }) => {
        posts.push(String(params.token));
        return posts.length === 1
          ? HttpResponse.json(
              { status: 429, title: 'Too many requests' },
              { status: 429, headers: { 'Retry-After': '150' } },
            )
          : HttpResponse.json({ status: 'ERASED' });
      }),
    );
    const { user } = renderRoute('/public/erase/abc123');
    const button = await screen.findByRole('button', { name: 'Erase my data' });
    expect(posts).toEqual([]);
    await user.click(button);
    expect(
      await screen.findByText(
        'Too many requests from here in a short time. Please try again in 3 minutes.',
      ),
    ).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'Erase my data' }));
    expect(await screen.findByRole('heading', { name: 'Erased' })).toBeVisible();
    expect(posts).toEqual(['abc123', 'abc123']);
  });

  it('says that a used link no longer works', async () => {
    server.use(
      http.post('*/api/open/confirmations/:token', () =>
        HttpResponse.json({ status: 410, title: 'Gone' }, { status: 410 }),
      ),
    );
    const { user } = renderRoute('/public/confirm/used');
    await user.click(await screen.findByRole('button', { name: 'Confirm' }));
    expect(await screen.findByRole('heading', { name: 'This link no longer works' })).toBeVisible();
    expect(screen.queryByRole('button', { name: 'Confirm' })).toBeNull();
  });
});
