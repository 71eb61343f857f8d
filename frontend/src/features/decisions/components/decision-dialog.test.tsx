import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { beforeEach, describe, expect, it } from 'vitest';

import type { IdeaView } from '../../../lib/api-types';
import { draftIdea, lena } from '../../../testing/fixtures';
import { renderRoute } from '../../../testing/render-route';
import { server, signedInAs, emptyIdeaParts } from '../../../testing/server';

const inScreening: IdeaView = {
  ...draftIdea,
  stage: 'screening',
  version: 2,
  actions: [
    {
      type: 'DECIDE',
      gate: 'SCREENING',
      outcomes: [
        { outcome: 'GO', fields: ['rationale', 'scores'], endsIdea: false },
        { outcome: 'HOLD', fields: ['rationale', 'scores', 'wakeUpAt'], endsIdea: false },
      ],
    },
  ],
};

const inTest: IdeaView = {
  ...inScreening,
  stage: 'test',
  actions: [
    {
      type: 'DECIDE',
      gate: 'TEST',
      outcomes: [
        { outcome: 'GO', fields: ['rationale'], endsIdea: false },
        { outcome: 'KILL', fields: ['rationale', 'learningCard'], endsIdea: true },
      ],
    },
  ],
};

function withIdea(idea: IdeaView) {
  server.use(
    http.get('*/api/ideas/21', () => HttpResponse.json(idea)),
    ...emptyIdeaParts(21),
  );
}

beforeEach(() => {
  signedInAs(lena);
});

describe('the decision dialog', () => {
  it('asks for exactly the fields of the chosen outcome', async () => {
    withIdea(inTest);
    const { user } = renderRoute('/ideas/21');

    await user.click(await screen.findByRole('button', { name: 'Decide at the Test gate' }));
    const dialog = await screen.findByRole('dialog', { name: 'Decide at the Test gate' });
    expect(within(dialog).queryAllByRole('textbox')).toHaveLength(0);

    await user.click(within(dialog).getByRole('radio', { name: 'Go' }));
    expect(within(dialog).getAllByRole('textbox')).toHaveLength(1);
    expect(within(dialog).getByRole('textbox', { name: 'Rationale' })).toBeInTheDocument();

    await user.click(within(dialog).getByRole('radio', { name: 'Kill' }));
    expect(within(dialog).getByRole('group', { name: 'Learning card' })).toBeInTheDocument();
    for (const part of ['We believed…', 'We observed…', 'We learned…', 'Therefore we will…']) {
      expect(within(dialog).getByRole('textbox', { name: part })).toBeInTheDocument();
    }
    expect(within(dialog).queryByRole('group', { name: 'Rubric scores' })).toBeNull();
    expect(within(dialog).queryByLabelText('Budget')).toBeNull();
  });

  it('shows the rubric recommendation as the scores are chosen, then records the decision', async () => {
    withIdea(inScreening);
    let decision: unknown;
    server.use(
      http.post('*/api/rubric/recommendation', async ({ request }) => {
        const scores = (await request.json()) as Record<string, number>;
        return HttpResponse.json(
          scores.novelty === 5
            ? { outcome: 'GO', reason: 'Strong on every count' }
            : { outcome: 'RECYCLE', reason: 'Worth another round' },
        );
      }),
      http.post('*/api/ideas/21/decisions', async ({ request }) => {
        decision = await request.json();
        return HttpResponse.json({ id: 1 }, { status: 201 });
      }),
    );
    const { user } = renderRoute('/ideas/21');
    await user.click(await screen.findByRole('button', { name: 'Decide at the Screening gate' }));
    const dialog = await screen.findByRole('dialog', { name: 'Decide at the Screening gate' });
    await user.click(within(dialog).getByRole('radio', { name: 'Go' }));

    await user.selectOptions(within(dialog).getByRole('combobox', { name: 'Strategic fit' }), '4');
    await user.selectOptions(
      within(dialog).getByRole('combobox', { name: 'Value for citizens' }),
      '4',
    );
    await user.selectOptions(within(dialog).getByRole('combobox', { name: 'Feasibility' }), '3');
    await user.selectOptions(within(dialog).getByRole('combobox', { name: 'Novelty' }), '2');
    expect(await within(dialog).findByText('Recommendation: Recycle')).toBeVisible();
    expect(within(dialog).getByText('Worth another round')).toBeVisible();

    await user.selectOptions(within(dialog).getByRole('combobox', { name: 'Novelty' }), '5');
    expect(await within(dialog).findByText('Recommendation: Go')).toBeVisible();

    await user.type(within(dialog).getByRole('textbox', { name: 'Rationale' }), 'Clear need.');
    await user.click(within(dialog).getByRole('button', { name: 'Record the decision' }));

    await waitFor(() => {
      expect(decision).toEqual({
        gate: 'SCREENING',
        outcome: 'GO',
        version: 2,
        rationale: 'Clear need.',
        scores: { strategicFit: 4, citizenValue: 4, feasibility: 3, novelty: 5 },
      });
    });
    await waitFor(() => {
      expect(screen.queryByRole('dialog')).toBeNull();
    });
  });

  it('asks "are you sure?" before an outcome that ends the idea, then records and announces it', async () => {
    const declinable: IdeaView = {
      ...inScreening,
      actions: [
        {
          type: 'DECIDE',
          gate: 'SCREENING',
          outcomes: [
            { outcome: 'GO', fields: ['rationale'], endsIdea: false },
            { outcome: 'KILL', fields: ['rationale'], endsIdea: true },
          ],
        },
      ],
    };
    withIdea(declinable);
    const sent: unknown[] = [];
    server.use(
      http.post('*/api/ideas/21/decisions', async ({ request }) => {
        sent.push(await request.json());
        return HttpResponse.json({ id: 1 }, { status: 201 });
      }),
    );
    const { user } = renderRoute('/ideas/21');
    await user.click(await screen.findByRole('button', { name: 'Decide at the Screening gate' }));
    const dialog = await screen.findByRole('dialog', { name: 'Decide at the Screening gate' });
    await user.click(within(dialog).getByRole('radio', { name: 'Kill' }));
    await user.type(within(dialog).getByRole('textbox', { name: 'Rationale' }), 'Done elsewhere.');
    await user.click(within(dialog).getByRole('button', { name: 'Record the decision' }));

    const sure = await screen.findByRole('dialog', { name: 'End this idea for good?' });
    expect(sure).toHaveTextContent(
      'Kill at Screening ends IDEA-2026-0021 Benches with shade on the walk to the health centre',
    );
    await user.click(within(sure).getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('dialog', { name: 'End this idea for good?' })).toBeNull();
    expect(sent).toEqual([]);

    await user.click(within(dialog).getByRole('button', { name: 'Record the decision' }));
    await user.click(
      within(await screen.findByRole('dialog', { name: 'End this idea for good?' })).getByRole(
        'button',
        { name: 'Yes, Kill' },
      ),
    );

    await waitFor(() => {
      expect(sent).toEqual([
        { gate: 'SCREENING', outcome: 'KILL', version: 2, rationale: 'Done elsewhere.' },
      ]);
    });
    await waitFor(() => {
      expect(document.querySelector('.announcer')).toHaveTextContent(
        'Decision on IDEA-2026-0021 recorded: Kill at Screening.',
      );
    });
    expect(screen.queryByRole('dialog')).toBeNull();
  });
});
