import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { beforeEach, describe, expect, it } from 'vitest';

import type { IdeaView, TargetView } from '../../../lib/api-types';
import { draftIdea, lena } from '../../../testing/fixtures';
import { renderRoute } from '../../../testing/render-route';
import { emptyIdeaParts, server, signedInAs } from '../../../testing/server';

const scaling: IdeaView = {
  ...draftIdea,
  stage: 'scaling',
  actions: [{ type: 'ADD_MEASUREMENT', gate: null, outcomes: [] }],
};

const bookings: TargetView = {
  target: {
    id: 7,
    ideaId: 21,
    metric: 'Bookings made online',
    unit: '%',
    baseline: 5,
    target: 40,
    createdAt: '2026-06-01T10:00:00Z',
    version: 0,
  },
  measurements: [
    {
      id: 1,
      impactTargetId: 7,
      organisationId: 1,
      measuredOn: '2026-09-30',
      value: 22.5,
      note: 'First month',
      recordedAt: '2026-11-01T10:00:00Z',
    },
    {
      id: 2,
      impactTargetId: 7,
      organisationId: 1,
      measuredOn: '2026-10-31',
      value: 38,
      note: null,
      recordedAt: '2026-11-01T10:00:00Z',
    },
  ],
};

beforeEach(() => {
  signedInAs(lena);
  server.use(
    http.get('*/api/ideas/21', () => HttpResponse.json(scaling)),
    http.get('*/api/ideas/21/impact-targets', () => HttpResponse.json([bookings])),
    ...emptyIdeaParts(21),
  );
});

describe('the impact targets', () => {
  it("give the chart's numbers as a table too: each measurement with its date and unit", async () => {
    renderRoute('/ideas/21');
    const table = await screen.findByRole('table', {
      name: 'Measurements of Bookings made online',
    });
    const rows = within(table)
      .getAllByRole('row')
      .map((row) => row.textContent);
    expect(rows).toEqual([
      'Measured onValueNote',
      '30 Sept 202622.5 %First month',
      '31 Oct 202638 %',
    ]);
    const impact = screen.getByRole('region', { name: 'Impact targets' });
    expect(impact).toHaveTextContent('Baseline5 %');
    expect(impact).toHaveTextContent('Target40 %');
    expect(await within(impact).findByTestId('impact-chart')).toHaveAttribute(
      'aria-hidden',
      'true',
    );
  });

  it('offer a measurement when the API allows it, with today as the date', async () => {
    const { user } = renderRoute('/ideas/21');
    await user.click(
      await screen.findByRole('button', { name: 'Record a measurement of Bookings made online' }),
    );
    const dialog = await screen.findByRole('dialog', {
      name: 'A measurement of Bookings made online',
    });
    const today = new Date();
    const pad = (value: number) => String(value).padStart(2, '0');
    expect(within(dialog).getByLabelText(/^Measured on/)).toHaveValue(
      `${String(today.getFullYear())}-${pad(today.getMonth() + 1)}-${pad(today.getDate())}`,
    );
    expect(within(dialog).getByRole('spinbutton', { name: /^Value \(%\)/ })).toBeInTheDocument();
  });

  it("show an adopted target's baseline as not measured yet, and let the lab lead set it", async () => {
    const planned: IdeaView = {
      ...draftIdea,
      stage: 'plan',
      actions: [{ type: 'ADD_IMPACT_TARGET', gate: null, outcomes: [] }],
    };
    let baseline: number | null = null;
    const sent: unknown[] = [];
    server.use(
      http.get('*/api/ideas/21', () => HttpResponse.json(planned)),
      http.get('*/api/ideas/21/impact-targets', () =>
        HttpResponse.json([{ target: { ...bookings.target, baseline }, measurements: [] }]),
      ),
      http.put('*/api/impact-targets/7/baseline', async ({ request }) => {
        const body = (await request.json()) as { baseline: number };
        sent.push(body);
        baseline = body.baseline;
        return HttpResponse.json({ ...bookings.target, baseline });
      }),
    );
    const { user } = renderRoute('/ideas/21');
    const impact = await screen.findByRole('region', { name: 'Impact targets' });
    await within(impact).findByText('Not measured yet');
    expect(impact).toHaveTextContent('BaselineNot measured yet');
    expect(impact).toHaveTextContent('Target40 %');

    await user.click(
      screen.getByRole('button', { name: 'Set the baseline of Bookings made online' }),
    );
    const dialog = await screen.findByRole('dialog', {
      name: 'The baseline of Bookings made online',
    });
    await user.type(within(dialog).getByRole('spinbutton', { name: /^Value \(%\)/ }), '12');
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));

    expect(await screen.findByText('The baseline was set.')).toBeInTheDocument();
    expect(sent).toEqual([{ baseline: 12, version: 0 }]);
    await waitFor(() => {
      expect(impact).toHaveTextContent('Baseline12 %');
    });
    expect(
      screen.queryByRole('button', { name: 'Set the baseline of Bookings made online' }),
    ).not.toBeInTheDocument();
  });
});
