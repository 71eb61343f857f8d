import { act, screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { afterEach, describe, expect, it, vi } from 'vitest';

import { draftIdea, lena } from '../../../testing/fixtures';
import { renderRoute } from '../../../testing/render-route';
import { emptyIdeaParts, server, signedInAs } from '../../../testing/server';
import type { Notification } from '../api/get-notifications';
import { UNREAD_POLL_MS } from '../api/get-unread-count';

function notification(id: number, overrides: Partial<Notification> = {}): Notification {
  return {
    id,
    kind: 'IDEA_SUBMITTED',
    ideaId: 21,
    ideaReference: 'NRV-2026-021',
    ideaTitle: 'Easy-read e-services',
    actorName: 'Anna Berg',
    createdAt: '2026-12-01T09:30:00Z',
    read: false,
    ...overrides,
  };
}

/** The reader's notifications, as a server that the test's requests change would keep them. */
function notificationsApi(initial: Notification[]) {
  let items = [...initial];
  const marked: string[] = [];
  const unread = () => items.filter((item) => !item.read).length;
  server.use(
    // The page under the header: the reader's tasks, none.
    http.get('*/api/tasks/mine', () => HttpResponse.json([])),
    http.get('*/api/notifications/unread', () => HttpResponse.json({ unread: unread() })),
    http.get('*/api/notifications', () =>
      HttpResponse.json({ items, unread: unread(), hasMore: false }),
    ),
    http.post('*/api/notifications/read', () => {
      marked.push('all');
      items = items.map((item) => ({ ...item, read: true }));
      return new HttpResponse(null, { status: 204 });
    }),
    http.post('*/api/notifications/:id/read', ({ params }) => {
      marked.push(String(params.id));
      items = items.map((item) => (String(item.id) === params.id ? { ...item, read: true } : item));
      return new HttpResponse(null, { status: 204 });
    }),
  );
  return {
    marked,
    arrive: (item: Notification) => {
      items = [item, ...items];
    },
  };
}

afterEach(() => {
  vi.useRealTimers();
});

describe('the notification bell', { timeout: 20_000 }, () => {
  it('says in its name how many notifications are unread', async () => {
    signedInAs(lena);
    notificationsApi([notification(1), notification(2), notification(3, { read: true })]);
    renderRoute('/my-tasks');

    expect(
      await screen.findByRole('button', { name: 'Notifications, 2 unread' }),
    ).toBeInTheDocument();
  });

  it('says when none are unread', async () => {
    signedInAs(lena);
    notificationsApi([notification(3, { read: true })]);
    renderRoute('/my-tasks');

    expect(
      await screen.findByRole('button', { name: 'Notifications, none unread' }),
    ).toBeInTheDocument();
  });

  it('claims no count before it knows one', async () => {
    signedInAs(lena);
    notificationsApi([notification(1)]);
    let answer: () => void = () => undefined;
    const answered = new Promise<void>((resolve) => {
      answer = resolve;
    });
    server.use(
      http.get('*/api/notifications/unread', async () => {
        await answered;
        return HttpResponse.json({ unread: 1 });
      }),
    );
    renderRoute('/my-tasks');

    expect(await screen.findByRole('button', { name: 'Notifications' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Notifications, none unread' })).toBeNull();
    answer();
    expect(
      await screen.findByRole('button', { name: 'Notifications, 1 unread' }),
    ).toBeInTheDocument();
  });

  it('is not shown to someone who is not signed in', async () => {
    renderRoute('/sign-in');

    expect(await screen.findByRole('heading', { level: 1 })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /^Notifications/ })).toBeNull();
  });

  it('lists the latest items as links to their ideas, saying what happened and marking the unread', async () => {
    signedInAs(lena);
    notificationsApi([
      notification(2, { kind: 'MENTIONED', actorName: 'Erik Lund' }),
      notification(1, {
        kind: 'TIME_BOX_ENDED',
        ideaId: 9,
        ideaReference: 'NRV-2026-009',
        ideaTitle: 'Shared open data portal',
        actorName: null,
        read: true,
      }),
    ]);
    const { user } = renderRoute('/my-tasks');

    const bell = await screen.findByRole('button', { name: 'Notifications, 1 unread' });
    expect(bell).toHaveAttribute('aria-expanded', 'false');
    await user.click(bell);

    expect(bell).toHaveAttribute('aria-expanded', 'true');
    const panel = screen.getByRole('region', { name: 'Notifications' });
    const mention = await within(panel).findByRole('link', {
      name: 'Unread You were mentioned in a comment on NRV-2026-021 Easy-read e-services',
    });
    expect(mention).toHaveAttribute('href', '/ideas/21');
    expect(mention.closest('li')).toHaveTextContent('by Erik Lund');
    const ended = within(panel).getByRole('link', {
      name: 'The test time box of NRV-2026-009 Shared open data portal has ended: a decision is due',
    });
    expect(ended).toHaveAttribute('href', '/ideas/9');
    expect(ended.closest('li')).not.toHaveTextContent('by');
  });

  it('closes its list on Escape and gives the focus back to the bell', async () => {
    signedInAs(lena);
    notificationsApi([notification(1)]);
    const { user } = renderRoute('/my-tasks');

    const bell = await screen.findByRole('button', { name: 'Notifications, 1 unread' });
    await user.click(bell);
    expect(screen.getByRole('region', { name: 'Notifications' })).toBeVisible();
    await user.keyboard('{Escape}');

    expect(bell).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByRole('region', { name: 'Notifications' })).toBeNull();
    expect(bell).toHaveFocus();
  });

  it('marks an item read when it is opened, leads to its idea, and counts one fewer', async () => {
    signedInAs(lena);
    server.use(
      http.get('*/api/ideas/21', () => HttpResponse.json(draftIdea)),
      ...emptyIdeaParts(21),
    );
    const api = notificationsApi([notification(1), notification(2, { kind: 'COMMENT_ADDED' })]);
    const { user, router } = renderRoute('/my-tasks');

    await user.click(await screen.findByRole('button', { name: 'Notifications, 2 unread' }));
    await user.click(
      await screen.findByRole('link', { name: /New comment on NRV-2026-021 Easy-read e-services/ }),
    );

    await waitFor(() => {
      expect(router.state.location.pathname).toBe('/ideas/21');
    });
    expect(await screen.findByRole('heading', { level: 1, name: draftIdea.title })).toBeVisible();
    expect(api.marked).toEqual(['2']);
    expect(
      await screen.findByRole('button', { name: 'Notifications, 1 unread' }),
    ).toBeInTheDocument();
  });

  it('marks all read', async () => {
    signedInAs(lena);
    const api = notificationsApi([notification(1), notification(2)]);
    const { user } = renderRoute('/my-tasks');

    await user.click(await screen.findByRole('button', { name: 'Notifications, 2 unread' }));
    await user.click(await screen.findByRole('button', { name: 'Mark all as read' }));

    expect(
      await screen.findByRole('button', { name: 'Notifications, none unread' }),
    ).toBeInTheDocument();
    expect(api.marked).toEqual(['all']);
    const panel = screen.getByRole('region', { name: 'Notifications' });
    await waitFor(() => {
      expect(within(panel).queryByText('Unread')).toBeNull();
    });
  });

  it('counts what arrives without a reload, and announces it politely', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    signedInAs(lena);
    const api = notificationsApi([notification(1)]);
    const { container } = renderRoute('/my-tasks');
    await screen.findByRole('button', { name: 'Notifications, 1 unread' });
    const status = container.querySelector('.notification-bell [aria-live="polite"]');
    expect(status).toBeEmptyDOMElement();

    api.arrive(notification(2, { kind: 'GATE_DECIDED' }));
    await act(() => vi.advanceTimersByTimeAsync(UNREAD_POLL_MS));

    expect(
      await screen.findByRole('button', { name: 'Notifications, 2 unread' }),
    ).toBeInTheDocument();
    expect(status).toHaveTextContent('New notifications: 2 unread');
  });
});
