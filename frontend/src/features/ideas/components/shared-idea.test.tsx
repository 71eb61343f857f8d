import { screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { beforeEach, describe, expect, it } from 'vitest';

import type { SharedIdeaView } from '../../../lib/api-types';
import { draftIdea, jonas } from '../../../testing/fixtures';
import { renderRoute } from '../../../testing/render-route';
import { server, signedInAs } from '../../../testing/server';

/** Norrvik's published idea, as Jonas of Sjöstad reads it. */
const shared: SharedIdeaView = {
  ...draftIdea,
  view: 'SHARED',
  stage: 'test',
  submittedAt: '2026-03-03T09:00:00Z',
  submitter: null,
  submitterName: null,
  coAuthors: null,
  estimatedCost: 120000,
  budget: null,
  receivingUnit: null,
  createdAt: null,
  supports: null,
  version: null,
  timeBox: null,
  actions: [],
  gates: [],
  timeline: [
    {
      at: '2026-03-10T09:00:00Z',
      actor: 'lena',
      action: 'STAGE_ENTERED',
      recordType: 'idea',
      recordId: 21,
      details: 'plan',
    },
  ],
};

beforeEach(() => {
  signedInAs(jonas);
  server.use(
    http.get('*/api/ideas/21', () => HttpResponse.json(shared)),
    http.get('*/api/ideas/21/diagram', () =>
      HttpResponse.json({
        bpmnXml: '<definitions/>',
        modelVersion: 1,
        currentActivityIds: ['UserTask_RunTest'],
        currentActivityNames: ['Run the test'],
      }),
    ),
    http.get('*/api/ideas/21/experiments', () => HttpResponse.json([])),
    http.get('*/api/ideas/21/decisions', () =>
      HttpResponse.json([
        {
          id: 3,
          ideaId: 21,
          gate: 'SCREENING',
          outcome: 'GO',
          rationale: null,
          conditions: null,
          strategicFit: null,
          citizenValue: null,
          feasibility: null,
          novelty: null,
          recommendation: null,
          recommendationReason: null,
          budget: null,
          receivingUnit: null,
          checklist: null,
          learningCard: null,
          timeBoxEndsAt: null,
          wakeUpAt: null,
          decidedBy: null,
          decidedByName: null,
          decidedAs: null,
          decidedAt: '2026-03-09T09:00:00Z',
          experimentIds: [],
        },
      ]),
    ),
  );
});

describe("another organisation's published idea", () => {
  it('shows what the public sees, says whose it is, and offers nothing to do', async () => {
    renderRoute('/ideas/21');

    expect(
      await screen.findByText(
        'This is a published idea of Norrvik municipality. You see what the public sees; its own discussion, support and internal records stay within Norrvik municipality. The discussion across organisations is open to you.',
      ),
    ).toBeVisible();
    expect(screen.getByRole('region', { name: 'Summary' })).toHaveTextContent(
      'Older people stop halfway in the summer heat.',
    );
    for (const internal of ['What you can do', 'Support', 'Comments', 'Impact targets']) {
      expect(screen.queryByRole('region', { name: internal })).toBeNull();
    }

    const details = screen.getByRole('region', { name: 'Details' });
    expect(details).toHaveTextContent('OrganisationNorrvik municipality');
    expect(details).toHaveTextContent('Estimated cost');
    for (const hidden of ['Submitted by', 'Created', 'Co-authors']) {
      expect(within(details).queryByText(hidden)).toBeNull();
    }

    const decisions = screen.getByRole('region', { name: 'Gate decisions' });
    expect(await within(decisions).findByText(/^Decided on 9 Mar 2026/)).toBeVisible();
    expect(within(decisions).queryByText(/Decided by/)).toBeNull();
    expect(screen.getByRole('region', { name: 'Timeline' })).toHaveTextContent(
      'Entered a stagePlan',
    );
  });
});
