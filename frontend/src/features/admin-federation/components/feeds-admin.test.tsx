import { screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';

import type { CurrentUser } from '../../../lib/api-types';
import { lena } from '../../../testing/fixtures';
import { renderRoute } from '../../../testing/render-route';
import { problem, server, signedInAs } from '../../../testing/server';

const regina: CurrentUser = {
  ...lena,
  id: 11,
  username: 'regina',
  displayName: 'Regina Öberg',
  organisationId: 1,
  roles: ['REGION_ADMIN'],
};

const alex: CurrentUser = { ...regina, id: 10, username: 'admin', roles: ['ADMIN'] };

const vasterbotten = {
  id: 3,
  name: 'Västerbotten',
  url: 'https://civiclab.vasterbotten.example',
  createdAt: '2026-12-01T10:00:00Z',
  lastAttemptAt: '2026-12-02T10:15:00Z',
  lastSuccessAt: '2026-12-02T10:00:00Z',
  stale: true,
  lastError: 'page 0 answered HTTP 503' as string | null,
  pilots: 12,
};

/** The region's feeds, changed by the test's requests, which are kept. */
function feedsApi() {
  let feeds = [vasterbotten];
  const sent: Record<string, unknown>[] = [];
  server.use(
    http.get('*/api/admin/federation/feeds', () => HttpResponse.json(feeds)),
    http.post('*/api/admin/federation/feeds', async ({ request }) => {
      const body = (await request.json()) as Record<string, unknown>;
      sent.push(body);
      if (!String(body.url).startsWith('http')) {
        return problem(400, 'url: must be an http or https address', [
          { field: 'url', message: 'must be an http or https address' },
        ]);
      }
      const added = {
        ...vasterbotten,
        id: 4,
        name: String(body.name),
        url: String(body.url),
        stale: false,
        lastError: null,
        pilots: 3,
      };
      feeds = [...feeds, added];
      return HttpResponse.json(added, { status: 201 });
    }),
    http.delete('*/api/admin/federation/feeds/3', () => {
      feeds = feeds.filter((feed) => feed.id !== 3);
      return new HttpResponse(null, { status: 204 });
    }),
  );
  return sent;
}

describe('the federation page', { timeout: 20_000 }, () => {
  it('lists the installations read, a stale one with why, and adds one, showing a refused address at its field', async () => {
    signedInAs(regina);
    const sent = feedsApi();
    const { user } = renderRoute('/admin/federation');

    const stale = await screen.findByRole('row', { name: /Västerbotten/ });
    expect(stale).toHaveTextContent('Stale');
    expect(stale).toHaveTextContent('Last attempt: page 0 answered HTTP 503');
    expect(stale).toHaveTextContent('12');

    await user.click(screen.getByRole('button', { name: 'Add an installation' }));
    const dialog = screen.getByRole('dialog', { name: 'Add an installation' });
    const address = within(dialog).getByRole('textbox', { name: 'Address' });
    await user.type(address, 'ftp://civiclab.groningen.example');
    await user.type(within(dialog).getByRole('textbox', { name: 'Name' }), 'Groningen');
    await user.click(within(dialog).getByRole('button', { name: 'Add and read' }));
    expect(await within(dialog).findAllByText('must be an http or https address')).not.toHaveLength(
      0,
    );
    expect(address).toHaveAttribute('aria-invalid', 'true');

    await user.clear(address);
    await user.type(address, 'https://civiclab.groningen.example');
    await user.click(within(dialog).getByRole('button', { name: 'Add and read' }));

    const added = await screen.findByRole('row', { name: /Groningen/ });
    expect(added).toHaveTextContent('Up to date');
    expect(sent.at(-1)).toEqual({ url: 'https://civiclab.groningen.example', name: 'Groningen' });
  });

  it('removes an installation after a confirmation', async () => {
    signedInAs(regina);
    feedsApi();
    const { user } = renderRoute('/admin/federation');

    await user.click(await screen.findByRole('button', { name: 'Remove Västerbotten' }));
    const dialog = screen.getByRole('dialog', { name: 'Remove the installation?' });
    await user.click(within(dialog).getByRole('button', { name: 'Remove' }));

    expect(await screen.findByText('No other installations yet.')).toBeVisible();
  });

  it("tells an organisation's admin that a region's admin chooses", async () => {
    signedInAs(alex);
    feedsApi();
    renderRoute('/admin/federation');

    expect(
      await screen.findByText("Only a region's admin chooses which installations are read."),
    ).toBeVisible();
    expect(screen.queryByRole('button', { name: 'Add an installation' })).toBeNull();
  });
});
