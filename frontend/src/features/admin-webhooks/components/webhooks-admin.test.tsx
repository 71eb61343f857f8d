import { screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';

import type { CurrentUser } from '../../../lib/api-types';
import { lena } from '../../../testing/fixtures';
import { renderRoute } from '../../../testing/render-route';
import { problem, server, signedInAs } from '../../../testing/server';

const alex: CurrentUser = {
  ...lena,
  id: 10,
  username: 'admin',
  displayName: 'Alex Admin',
  organisationId: 1,
  roles: ['ADMIN'],
};

const teams = {
  id: 3,
  url: 'https://hooks.example.org/teams',
  events: ['GATE_DECIDED'],
  enabled: true,
  createdAt: '2026-12-01T10:00:00Z',
};

/** Norrvik's webhooks, changed by the test's requests, which are kept. */
function webhooksApi() {
  let webhooks = [teams];
  const sent: Record<string, unknown>[] = [];
  server.use(
    http.get('*/api/admin/organisations/1/webhooks', () => HttpResponse.json(webhooks)),
    http.post('*/api/admin/organisations/1/webhooks', async ({ request }) => {
      const body = (await request.json()) as Record<string, unknown>;
      sent.push(body);
      if (String(body.url).includes('127.0.0.1')) {
        return problem(400, 'url: must not be on the loopback', [
          { field: 'url', message: 'must not be on the loopback' },
        ]);
      }
      const added = { ...teams, id: 4, url: String(body.url), events: body.events as string[] };
      webhooks = [...webhooks, added];
      return HttpResponse.json(added, { status: 201 });
    }),
    http.put('*/api/admin/organisations/1/webhooks/3', async ({ request }) => {
      const body = (await request.json()) as Record<string, unknown>;
      sent.push(body);
      webhooks = webhooks.map((webhook) =>
        webhook.id === 3 ? { ...webhook, enabled: Boolean(body.enabled) } : webhook,
      );
      return HttpResponse.json(webhooks[0]);
    }),
    http.get('*/api/admin/organisations/1/webhooks/3/deliveries', () =>
      HttpResponse.json([
        {
          id: 'd-1',
          event: 'GATE_DECIDED',
          ideaId: 42,
          ideaReference: 'NOR-2026-0042',
          attempts: 3,
          lastStatus: 204,
          lastError: null,
          createdAt: '2026-12-01T10:00:00Z',
          deliveredAt: '2026-12-01T10:00:04Z',
          nextAttemptAt: null,
          gaveUpAt: null,
        },
      ]),
    ),
  );
  return sent;
}

describe('the webhooks page', { timeout: 20_000 }, () => {
  it('adds a webhook with the events checked and its secret, showing a refused address at its field', async () => {
    signedInAs(alex);
    const sent = webhooksApi();
    const { user } = renderRoute('/admin/webhooks');

    await user.click(await screen.findByRole('button', { name: 'Add a webhook' }));
    const dialog = screen.getByRole('dialog', { name: 'Add a webhook' });
    const address = within(dialog).getByRole('textbox', { name: 'Address' });
    await user.type(address, 'http://127.0.0.1/hook');
    await user.click(within(dialog).getByRole('checkbox', { name: 'Idea submitted' }));
    await user.click(within(dialog).getByRole('checkbox', { name: 'Comment' }));
    await user.type(within(dialog).getByLabelText('Secret'), 'sixteen characters+');
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    expect(await within(dialog).findAllByText('must not be on the loopback')).not.toHaveLength(0);
    expect(address).toHaveAttribute('aria-invalid', 'true');

    await user.clear(address);
    await user.type(address, 'https://hooks.example.org/slack');
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));

    const row = await screen.findByRole('row', { name: /hooks\.example\.org\/slack/ });
    expect(row).toHaveTextContent('Idea submitted and Comment');
    expect(sent.at(-1)).toEqual({
      url: 'https://hooks.example.org/slack',
      events: ['IDEA_SUBMITTED', 'COMMENT_ADDED'],
      secret: 'sixteen characters+',
      enabled: true,
    });
  });

  it('disables a webhook keeping its secret, and shows its delivery log', async () => {
    signedInAs(alex);
    const sent = webhooksApi();
    const { user } = renderRoute('/admin/webhooks');

    await user.click(
      await screen.findByRole('button', {
        name: 'Disable the webhook to https://hooks.example.org/teams',
      }),
    );
    expect(
      await screen.findByRole('button', {
        name: 'Enable the webhook to https://hooks.example.org/teams',
      }),
    ).toBeVisible();
    expect(sent).toEqual([
      { url: 'https://hooks.example.org/teams', events: ['GATE_DECIDED'], enabled: false },
    ]);

    await user.click(
      screen.getByRole('button', {
        name: 'Deliveries of the webhook to https://hooks.example.org/teams',
      }),
    );
    const log = await screen.findByRole('table', {
      name: 'Deliveries to https://hooks.example.org/teams',
    });
    const delivery = within(log).getByRole('row', { name: /NOR-2026-0042/ });
    expect(delivery).toHaveTextContent('Gate decision');
    expect(delivery).toHaveTextContent('HTTP 204');
    expect(delivery).toHaveTextContent('Delivered');
  });
});
