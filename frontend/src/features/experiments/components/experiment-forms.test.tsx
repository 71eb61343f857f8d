import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { beforeEach, describe, expect, it } from 'vitest';

import type { Experiment, IdeaView } from '../../../lib/api-types';
import { anna, draftIdea, lena } from '../../../testing/fixtures';
import { renderRoute } from '../../../testing/render-route';
import { emptyIdeaParts, problem, server, signedInAs } from '../../../testing/server';

const inTest: IdeaView = {
  ...draftIdea,
  stage: 'test',
  version: 4,
  actions: [
    { type: 'ADD_EXPERIMENT', gate: null, outcomes: [] },
    { type: 'RECORD_RESULT', gate: null, outcomes: [] },
    { type: 'COMMENT', gate: null, outcomes: [] },
  ],
};

const planned: Experiment = {
  id: 5,
  ideaId: 21,
  title: 'Benches on the harbour walk',
  hypothesis: 'Older people walk further with benches.',
  testDescription: 'Put up five benches.',
  metric: 'Walks per week',
  criterion: 'Twice as many walks',
  timeBoxDays: 30,
  budgetCap: null,
  costSpent: null,
  testGroup: null,
  partners: null,
  status: 'PLANNED',
  result: null,
  outcome: null,
  learningCard: null,
  createdAt: '2026-11-01T10:00:00Z',
  version: 3,
};

function withIdea(idea: IdeaView, experiments: Experiment[] = [planned]) {
  server.use(
    http.get('*/api/ideas/21', () => HttpResponse.json(idea)),
    http.get('*/api/ideas/21/experiments', () => HttpResponse.json(experiments)),
    ...emptyIdeaParts(21),
  );
}

beforeEach(() => {
  signedInAs(lena);
});

describe('the lab-lead forms on the idea page', () => {
  it('show each required field left empty at its field, and send nothing', async () => {
    withIdea(inTest);
    let sent = false;
    server.use(
      http.post('*/api/ideas/21/experiments', () => {
        sent = true;
        return HttpResponse.json(planned, { status: 201 });
      }),
    );
    const { user } = renderRoute('/ideas/21');
    await user.click(await screen.findByRole('button', { name: 'Add a test card' }));
    const dialog = await screen.findByRole('dialog', { name: 'New test card' });
    await user.type(within(dialog).getByRole('textbox', { name: /^Title/ }), 'Lockers');
    await user.click(within(dialog).getByRole('button', { name: 'Save the test card' }));

    const hypothesis = within(dialog).getByRole('textbox', { name: /^We believe…/ });
    expect(hypothesis).toHaveAccessibleDescription(/Fill this in\./);
    expect(within(dialog).getByRole('textbox', { name: /^Title/ })).not.toHaveAccessibleDescription(
      /Fill this in\./,
    );
    expect(
      within(dialog).getByRole('link', { name: 'We believe…: Fill this in.' }),
    ).toHaveAttribute('href', `#${hypothesis.id}`);
    expect(sent).toBe(false);
  });

  it("show the server's field errors at their fields, the learning card's included", async () => {
    withIdea(inTest);
    let body: unknown;
    server.use(
      http.post('*/api/experiments/5/result', async ({ request }) => {
        body = await request.json();
        return problem(400, 'Invalid request', [
          { field: 'result', message: 'size must be between 0 and 4000' },
          { field: 'learningCard.learned', message: 'must not be blank' },
        ]);
      }),
    );
    const { user } = renderRoute('/ideas/21');
    await user.click(
      await screen.findByRole('button', {
        name: 'Record the result of Benches on the harbour walk',
      }),
    );
    const dialog = await screen.findByRole('dialog', {
      name: 'The result of Benches on the harbour walk',
    });
    await user.type(within(dialog).getByRole('textbox', { name: /^Result/ }), 'Walks doubled.');
    await user.click(within(dialog).getByRole('radio', { name: 'Validated' }));
    for (const part of ['We believed…', 'We observed…', 'We learned…', 'Therefore we will…']) {
      await user.type(within(dialog).getByRole('textbox', { name: new RegExp(`^${part}`) }), ' x');
    }
    await user.click(within(dialog).getByRole('button', { name: 'Record the result' }));

    await waitFor(() => {
      expect(
        within(dialog).getByRole('textbox', { name: /^We learned…/ }),
      ).toHaveAccessibleDescription(/must not be blank/);
    });
    expect(within(dialog).getByRole('textbox', { name: /^Result/ })).toHaveAccessibleDescription(
      /size must be between 0 and 4000/,
    );
    expect(body).toEqual({
      result: 'Walks doubled.',
      outcome: 'VALIDATED',
      learningCard: { believed: 'x', observed: 'x', learned: 'x', therefore: 'x' },
      version: 3,
    });
  });

  it('are not offered to whom the API gives no such action', async () => {
    signedInAs(anna);
    withIdea({ ...inTest, actions: [{ type: 'COMMENT', gate: null, outcomes: [] }] });
    renderRoute('/ideas/21');
    expect(
      await screen.findByRole('heading', { name: 'Benches on the harbour walk' }),
    ).toBeVisible();
    expect(screen.queryByRole('button', { name: 'Add a test card' })).toBeNull();
    expect(screen.queryByRole('button', { name: /^Record the result/ })).toBeNull();
    expect(screen.queryByRole('button', { name: /^Edit the test card/ })).toBeNull();
  });
});
