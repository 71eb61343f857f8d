import { screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';

import { lena } from '../../../testing/fixtures';
import { renderRoute } from '../../../testing/render-route';
import { problem, server, signedInAs } from '../../../testing/server';
import type { NotificationSettings } from '../api/get-notification-settings';

const kinds = [
  'IDEA_SUBMITTED',
  'GATE_DECIDED',
  'REVISION_ASKED',
  'SCALE_PROPOSED',
  'TIME_BOX_ENDING',
  'TIME_BOX_ENDED',
  'SCREENING_OVERDUE',
  'SHELF_WOKE_UP',
  'BENEFIT_REVIEW_DUE',
  'COMMENT_ADDED',
  'MENTIONED',
] as const;

const settings: NotificationSettings = {
  language: null,
  email: 'lena.holm@norrvik.example',
  deliveries: kinds.map((kind) => ({
    kind,
    delivery: kind === 'COMMENT_ADDED' ? 'DAILY' : 'IMMEDIATE',
  })),
};

/** The settings endpoint, keeping what is saved; a Dutch mail language it refuses. */
function settingsApi() {
  let current = settings;
  const saved: unknown[] = [];
  server.use(
    http.get('*/api/me/notification-settings', () => HttpResponse.json(current)),
    http.put('*/api/me/notification-settings', async ({ request }) => {
      const body = (await request.json()) as NotificationSettings;
      saved.push(body);
      if (body.language === 'nl') {
        return problem(400, 'language: is not offered by your organisation', [
          { field: 'language', message: 'is not offered by your organisation' },
        ]);
      }
      current = { ...body, email: settings.email };
      return HttpResponse.json(current);
    }),
  );
  return { saved };
}

/** A group of choices, named by its legend (Designsystemet adds its description to the name). */
function getGroup(legend: string) {
  return screen.getByRole('group', { name: (name) => name.startsWith(`${legend} `) });
}

async function findGroup(legend: string) {
  return await screen.findByRole('group', { name: (name) => name.startsWith(`${legend} `) });
}

describe('the notification settings page', { timeout: 20_000 }, () => {
  it('shows the e-mail address read-only and each kind’s delivery, grouped and explained', async () => {
    signedInAs(lena);
    settingsApi();
    renderRoute('/settings/notifications');

    const email = await screen.findByLabelText('Your e-mail address');
    expect(email).toHaveValue('lena.holm@norrvik.example');
    expect(email).toHaveAttribute('readonly');
    const language = getGroup('Language of your mails');
    expect(within(language).getByLabelText("Your organisation's default")).toBeChecked();
    for (const heading of ['Ideas and decisions', 'Deadlines and reminders', 'Discussion']) {
      expect(screen.getByRole('heading', { level: 2, name: heading })).toBeVisible();
    }
    const comments = getGroup('Comment');
    expect(comments).toHaveTextContent('Someone comments on an idea you follow.');
    expect(within(comments).getByLabelText('Daily digest')).toBeChecked();
    const ended = getGroup('Time box ended');
    expect(within(ended).getByLabelText('At once')).toBeChecked();
    expect(screen.getAllByRole('radio', { checked: true })).toHaveLength(kinds.length + 1);
  });

  it('saves the chosen language and deliveries, and says so', async () => {
    signedInAs(lena);
    const api = settingsApi();
    const { user } = renderRoute('/settings/notifications');

    const language = await findGroup('Language of your mails');
    await user.click(within(language).getByLabelText('Svenska'));
    await user.click(within(getGroup('Comment')).getByLabelText('Weekly digest'));
    await user.click(within(getGroup('Idea submitted')).getByLabelText('Off'));
    await user.click(screen.getByRole('button', { name: 'Save settings' }));

    expect(await screen.findByText('Your notification settings are saved.')).toBeVisible();
    expect(api.saved).toHaveLength(1);
    const body = api.saved[0] as NotificationSettings;
    expect(body.language).toBe('sv');
    expect(body.deliveries).toHaveLength(kinds.length);
    expect(body.deliveries).toEqual(
      expect.arrayContaining([
        { kind: 'COMMENT_ADDED', delivery: 'WEEKLY' },
        { kind: 'IDEA_SUBMITTED', delivery: 'OFF' },
        { kind: 'MENTIONED', delivery: 'IMMEDIATE' },
      ]),
    );
  });

  it('shows the server refusing a language at the field, and saves nothing', async () => {
    signedInAs(lena);
    settingsApi();
    const { user } = renderRoute('/settings/notifications');

    const language = await findGroup('Language of your mails');
    await user.click(within(language).getByLabelText('Nederlands'));
    await user.click(screen.getByRole('button', { name: 'Save settings' }));

    expect(await within(language).findByText('is not offered by your organisation')).toBeVisible();
    expect(
      screen.getByRole('link', { name: /Language of your mails.*is not offered/ }),
    ).toBeVisible();
    expect(screen.queryByText('Your notification settings are saved.')).toBeNull();
  });

  it('is reached from the user menu', async () => {
    signedInAs(lena);
    settingsApi();
    server.use(http.get('*/api/access-tokens', () => HttpResponse.json([])));
    const { user } = renderRoute('/account/tokens');

    await user.click(await screen.findByRole('link', { name: 'Notification settings' }));

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Notification settings' }),
    ).toBeVisible();
  });
});
