import { screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';

import type { Dashboard } from '../features/dashboard/api/get-dashboard';
import type { PublicIdea } from '../features/public/api/get-public-ideas';
import { anna, lena } from '../testing/fixtures';
import { renderRoute } from '../testing/render-route';
import { problem, server, signedInAs } from '../testing/server';

const card = {
  believed: 'We believed parents lacked information.',
  observed: 'Few installed the app.',
  learned: 'Parents know the routes; they do not trust six crossings.',
  therefore: 'Therefore we stop the app.',
};

const stoppedIdea: PublicIdea = {
  reference: 'IDEA-2026-0007',
  title: 'A school-route safety app',
  problem: 'Parents drive their children to school.',
  proposal: 'An app with safe routes.',
  beneficiaries: 'Pupils',
  organisation: 'Norrvik municipality',
  department: 'Education',
  entryRoute: 'IDEA_DRIVEN',
  themes: ['schools'],
  stage: 'stopped',
  ended: true,
  submittedAt: '2026-03-01T09:00:00Z',
  stageEnteredAt: '2026-05-01T09:00:00Z',
  endedAt: '2026-05-01T09:00:00Z',
  submitter: null,
  experiments: [
    {
      title: 'The app for three schools',
      hypothesis: 'We believe parents who know a safe route let their children walk.',
      test: 'Offer the app.',
      metric: 'Families using it.',
      criterion: '40% use it.',
      status: 'COMPLETED',
      outcome: 'INVALIDATED',
      result: '7% installed the app.',
      learningCard: card,
    },
  ],
  decisions: [
    { gate: 'TEST', outcome: 'KILL', decidedAt: '2026-05-01T09:00:00Z', learningCard: card },
  ],
  lifecycleStage: 'DIFFUSING_LESSONS',
  outcome: 'STOPPED',
  estimatedCost: null,
  currency: 'SEK',
  origin: null,
  adopters: [],
  results: [],
};

const dashboard: Dashboard = {
  filter: {
    organisation: null,
    department: null,
    theme: null,
    from: '2026-01-01',
    to: '2026-06-30',
  },
  stages: [
    { stage: 'screening', label: 'Screening' },
    { stage: 'stopped', label: 'Stopped' },
  ],
  funnel: [{ month: '2026-01', counts: { screening: 2, stopped: 1 } }],
  conversion: [
    {
      gate: 'SCREENING',
      decided: 4,
      passed: 3,
      rate: 0.75,
      outcomes: { GO: 3, KILL: 1, HOLD: 0, RECYCLE: 0 },
    },
  ],
  timeInStage: [{ stage: 'screening', stays: 4, medianDays: 5, p90Days: 8.8 }],
  stopped: {
    ideas: 4,
    stopped: 1,
    declined: 1,
    share: 0.25,
    byGate: { TEST: 1 },
    reasons: [
      {
        reference: 'IDEA-2026-0007',
        title: 'A school-route safety app',
        gate: 'TEST',
        rationale: 'Nobody used it',
      },
    ],
  },
  cost: { estimated: 245000, testBudget: 35000, testSpent: 27000, scaleBudget: 0, byStage: [] },
  currency: 'SEK',
  benefit: { targets: 0, measured: 0, met: 0, meanProgress: null, items: [] },
  adoptions: {
    adopted: 3,
    fromOtherInstallations: 1,
    scaled: 1,
    stopped: 1,
    running: 1,
    reusedCost: 55000,
    pilotsAdopted: 2,
    timesAdopted: 3,
  },
  reviewTime: { reviews: 5, medianDays: 2.5, p90Days: 6, waiting: 1 },
};

describe('portfolio routes', () => {
  it('shows the public portfolio to a visitor who is not signed in', async () => {
    server.use(
      http.get('*/api/open/ideas', () =>
        HttpResponse.json({
          licence: {
            id: 'CC0-1.0',
            name: 'Creative Commons Zero v1.0 Universal',
            url: 'https://example.org/cc0',
          },
          schema: '/api/open/schema/ideas.json',
          page: 0,
          size: 20,
          total: 1,
          ideas: [stoppedIdea],
        }),
      ),
    );
    renderRoute('/public');

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Public portfolio' }),
    ).toBeInTheDocument();
    expect(
      await screen.findByRole('link', { name: 'IDEA-2026-0007 A school-route safety app' }),
    ).toHaveAttribute('href', '/public/ideas/IDEA-2026-0007');
    expect(screen.getByText('1 public idea.')).toBeInTheDocument();
    expect(
      screen.getByRole('link', { name: 'Creative Commons Zero v1.0 Universal' }),
    ).toHaveAttribute('rel', 'license');
  });

  it("shows a public idea's experiments and lessons", async () => {
    server.use(http.get('*/api/open/ideas/IDEA-2026-0007', () => HttpResponse.json(stoppedIdea)));
    renderRoute('/public/ideas/IDEA-2026-0007');

    expect(
      await screen.findByRole('heading', { level: 1, name: 'A school-route safety app' }),
    ).toBeInTheDocument();
    expect(screen.getByText('Invalidated')).toBeInTheDocument();
    expect(
      screen.getAllByText('Parents know the routes; they do not trust six crossings.'),
    ).toHaveLength(2);
    expect(screen.getByText(/Test: Kill/)).toBeInTheDocument();
    expect(screen.queryByText('Submitted by')).not.toBeInTheDocument();
  });

  it('searches the lessons library by a word and shows what was found', async () => {
    signedInAs(anna);
    const asked: string[] = [];
    server.use(
      http.get('*/api/lessons/themes', () => HttpResponse.json(['schools'])),
      http.get('*/api/lessons', ({ request }) => {
        const q = new URL(request.url).searchParams.get('q') ?? '';
        asked.push(q);
        return HttpResponse.json({
          total: q === 'crossings' ? 1 : 0,
          page: 0,
          size: 10,
          lessons:
            q === 'crossings'
              ? [
                  {
                    id: 7,
                    reference: 'IDEA-2026-0007',
                    title: 'A school-route safety app',
                    problem: 'Parents drive.',
                    proposal: 'An app.',
                    organisation: 'Norrvik municipality',
                    department: 'Education',
                    themes: ['schools'],
                    stoppedAt: '2026-05-01T09:00:00Z',
                    stoppedAtGate: 'TEST',
                    reason: 'Nobody used it',
                    learningCard: card,
                    experiments: stoppedIdea.experiments,
                  },
                ]
              : [],
        });
      }),
    );
    const { user } = renderRoute('/lessons');

    expect(await screen.findByText('0 stopped ideas found.')).toBeInTheDocument();
    await user.type(screen.getByRole('searchbox', { name: 'Words' }), 'crossings');
    await user.click(screen.getByRole('button', { name: 'Search' }));

    expect(await screen.findByText('1 stopped idea found.')).toBeInTheDocument();
    expect(
      screen.getByRole('link', { name: 'IDEA-2026-0007 A school-route safety app' }),
    ).toBeInTheDocument();
    expect(screen.getByText('Nobody used it')).toBeInTheDocument();
    expect(asked).toContain('crossings');
  });

  it("gives the dashboard's numbers as tables", async () => {
    signedInAs(lena);
    server.use(http.get('*/api/portfolio/dashboard', () => HttpResponse.json(dashboard)));
    const { user } = renderRoute('/dashboard');

    expect(
      await screen.findByRole(
        'heading',
        { level: 2, name: 'Conversion at each gate' },
        // The dashboard's charts load with its route, a large first import.
        { timeout: 15_000 },
      ),
    ).toBeInTheDocument();
    const conversion = screen.getByRole('table', { name: 'Conversion at each gate' });
    const figure = screen.getByRole('region', { name: 'Conversion at each gate' });
    await user.click(within(figure).getByText('Show the numbers'));
    const screening = within(conversion).getByRole('row', { name: /Screening/ });
    expect(
      within(screening)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    ).toEqual(['4', '3', '75 %', '3', '1', '0', '0']);
    expect(screen.getByRole('link', { name: 'XLSX' })).toHaveAttribute(
      'href',
      '/api/portfolio/dashboard/export.xlsx?from=2026-01-01&to=2026-06-30',
    );
    expect(screen.getByRole('heading', { level: 2, name: /Stopped: 25 %/ })).toBeInTheDocument();
    const cost = screen.getByRole('table', { name: 'Cost: budgeted against spent' });
    expect(
      within(within(cost).getByRole('row', { name: /Tests/ }))
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    ).toEqual(['SEK\u00a035,000', 'SEK\u00a027,000']);
  });

  it("says how long the panels' reviews take beside the time in stage", async () => {
    signedInAs(lena);
    server.use(http.get('*/api/portfolio/dashboard', () => HttpResponse.json(dashboard)));
    renderRoute('/dashboard');

    const title = 'Time in stage (days, completed stays)';
    expect(
      await screen.findByRole('heading', { level: 2, name: title }, { timeout: 15_000 }),
    ).toBeInTheDocument();
    expect(
      within(screen.getByRole('region', { name: title })).getByText(
        /Reviews on screening panels: 5 in, after a median of 2\.5 days \(90th percentile 6\); 1 still waiting\./,
      ),
    ).toBeInTheDocument();
  });

  it("counts the adoptions and says what the reused pilots' cost means", async () => {
    signedInAs(lena);
    server.use(http.get('*/api/portfolio/dashboard', () => HttpResponse.json(dashboard)));
    const { user } = renderRoute('/dashboard');

    const title = 'Pilots reused: adopted from others, and by others';
    expect(
      await screen.findByRole('heading', { level: 2, name: title }, { timeout: 15_000 }),
    ).toBeInTheDocument();
    const figure = screen.getByRole('region', { name: title });
    expect(
      within(figure).getByText(
        /^3 ideas shown were adopted from another pilot .*1 from another installation.*1 scaled, 1 ended without scaling .*, 1 still running/,
      ),
    ).toBeInTheDocument();
    expect(
      within(figure).getByText(
        /SEK\s55,000, is the sum of the adopted ideas’ estimated costs in SEK.*not a measured saving\..*Others started 3 ideas from 2 of the ideas shown/,
      ),
    ).toBeInTheDocument();
    await user.click(within(figure).getByText('Show the numbers'));
    const table = within(figure).getByRole('table', { name: title });
    const value = (row: string) =>
      within(within(table).getByRole('row', { name: row }))
        .getAllByRole('cell')
        .map((cell) => cell.textContent);
    expect(value('Adopted from another pilot 3')).toEqual(['3']);
    expect(value('Adopted and still running 1')).toEqual(['1']);
    expect(
      value('Cost of pilots reused instead of started anew (estimated) SEK\u00a055,000'),
    ).toEqual(['SEK\u00a055,000']);
    expect(value('Times others adopted them 3')).toEqual(['3']);
  });

  it('says so when no pilot was adopted', async () => {
    signedInAs(lena);
    server.use(
      http.get('*/api/portfolio/dashboard', () =>
        HttpResponse.json({
          ...dashboard,
          adoptions: {
            ...dashboard.adoptions,
            adopted: 0,
            scaled: 0,
            stopped: 0,
            running: 0,
            fromOtherInstallations: 0,
            reusedCost: 0,
            pilotsAdopted: 0,
            timesAdopted: 0,
          },
        }),
      ),
    );
    renderRoute('/dashboard');

    expect(
      await screen.findByText(
        'No idea shown was adopted from another pilot, and others adopted none of them.',
        undefined,
        { timeout: 15_000 },
      ),
    ).toBeInTheDocument();
  });

  it('tells an intrapreneur the dashboard is not for them', async () => {
    signedInAs(anna);
    server.use(
      http.get('*/api/portfolio/dashboard', () =>
        problem(403, 'The portfolio dashboard is for executives and lab leads'),
      ),
    );
    renderRoute('/dashboard');

    expect(await screen.findByText('The dashboard could not be loaded.')).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Dashboard' })).not.toBeInTheDocument();
  });
});
