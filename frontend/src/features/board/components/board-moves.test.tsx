import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { beforeEach, describe, expect, it } from 'vitest';

import { card, column, draftIdea, lena } from '../../../testing/fixtures';
import { renderRoute } from '../../../testing/render-route';
import { gateRefusal, server, signedInAs } from '../../../testing/server';

const movable = card(3, {
  title: 'Lockers at the station',
  version: 6,
  moves: [
    {
      stage: 'plan',
      gate: 'SCREENING',
      outcome: 'GO',
      fields: ['rationale', 'scores'],
      endsIdea: false,
    },
    {
      stage: 'declined',
      gate: 'SCREENING',
      outcome: 'KILL',
      fields: ['rationale', 'scores'],
      endsIdea: true,
    },
  ],
});

beforeEach(() => {
  signedInAs(lena);
  server.use(
    http.get('*/api/board', () =>
      HttpResponse.json({
        columns: [
          column('screening', 'Screening', [movable, card(4, { title: 'Not mine to move' })]),
          column('plan', 'Plan', []),
          column('declined', 'Declined', [], { end: true }),
        ],
      }),
    ),
  );
});

// jsdom has no popover API, so the open menu's items count as hidden here; the browser tests
// open it for real (keyboard.spec.ts).
describe('moving a card on the board', () => {
  it('offers a handle and a menu only on cards with moves, listing exactly their columns', async () => {
    const { user } = renderRoute('/board');
    const screening = await screen.findByRole('region', { name: 'Screening 2 ideas' });
    const handle = within(screening).getByRole('button', {
      name: 'Move Lockers at the station by dragging',
    });
    expect(handle).toHaveAttribute('aria-roledescription', 'movable card');
    // dnd-kit mounts its instructions (the description) in an effect after the first render.
    await waitFor(() => {
      expect(handle).toHaveAccessibleDescription(/press Space or Enter to lift it/);
    });
    expect(within(screening).getAllByRole('button', { name: /by dragging$/ })).toHaveLength(1);

    await user.click(
      within(screening).getByRole('button', { name: 'Move to… Lockers at the station' }),
    );
    expect(screen.getByRole('button', { name: 'Plan (Go)', hidden: true })).toBeInTheDocument();
    expect(
      screen.getByRole('button', { name: 'Declined (Kill)', hidden: true }),
    ).toBeInTheDocument();
  });

  it('opens the decision dialog with exactly that move’s gate, outcome and fields', async () => {
    let decision: unknown;
    server.use(
      http.post('*/api/rubric/recommendation', () =>
        HttpResponse.json({ outcome: 'KILL', reason: 'Weak on every count' }),
      ),
      http.post('*/api/ideas/3/decisions', async ({ request }) => {
        decision = await request.json();
        return HttpResponse.json({ id: 1 }, { status: 201 });
      }),
    );
    const { user } = renderRoute('/board');
    await user.click(
      await screen.findByRole('button', { name: 'Move to… Lockers at the station' }),
    );
    await user.click(screen.getByRole('button', { name: 'Declined (Kill)', hidden: true }));

    const dialog = await screen.findByRole('dialog', { name: 'Decide at the Screening gate' });
    expect(within(dialog).getAllByRole('radio')).toHaveLength(1);
    expect(within(dialog).getByRole('radio', { name: 'Kill' })).toBeChecked();
    expect(within(dialog).getByRole('group', { name: /Rubric scores/ })).toBeInTheDocument();
    expect(within(dialog).queryByLabelText(/^Budget/)).toBeNull();
    for (const score of ['Strategic fit', 'Value for citizens', 'Feasibility', 'Novelty']) {
      await user.selectOptions(within(dialog).getByLabelText(score), '1');
    }
    await user.type(within(dialog).getByRole('textbox', { name: /^Rationale/ }), 'Done elsewhere.');
    await user.click(within(dialog).getByRole('button', { name: 'Record the decision' }));
    // Kill ends the idea for good: the user confirms first.
    const sure = await screen.findByRole('dialog', { name: 'End this idea for good?' });
    await user.click(within(sure).getByRole('button', { name: 'Yes, Kill' }));

    expect(
      await screen.findByText('Decision on IDEA-2026-0003 recorded: Kill at Screening.'),
    ).toBeVisible();
    expect(decision).toEqual({
      gate: 'SCREENING',
      outcome: 'KILL',
      version: 6,
      rationale: 'Done elsewhere.',
      scores: { strategicFit: 1, citizenValue: 1, feasibility: 1, novelty: 1 },
    });
  });

  it('says why a move the server refuses may not be made, and who may make it', async () => {
    server.use(
      http.post('*/api/rubric/recommendation', () =>
        HttpResponse.json({ outcome: 'GO', reason: 'Strong on every count' }),
      ),
      http.post('*/api/ideas/3/decisions', () =>
        gateRefusal(
          'SUBMITTER',
          ['karin'],
          'Another lab lead of Norrvik municipality decides this: you submitted the idea (Karin Dahl may)',
        ),
      ),
      http.get('*/api/ideas/3', () =>
        HttpResponse.json({
          ...draftIdea,
          id: 3,
          stage: 'screening',
          submitter: 'lena',
          gates: [
            {
              gate: 'SCREENING',
              stage: 'screening',
              since: '2026-03-03T09:00:00Z',
              roles: ['LAB_LEAD'],
              yourRight: 'SUBMITTER',
              mayPass: [{ username: 'karin', name: 'Karin Dahl' }],
            },
          ],
        }),
      ),
    );
    const { user } = renderRoute('/board');
    await user.click(
      await screen.findByRole('button', { name: 'Move to… Lockers at the station' }),
    );
    await user.click(screen.getByRole('button', { name: 'Plan (Go)', hidden: true }));
    const dialog = await screen.findByRole('dialog', { name: 'Decide at the Screening gate' });
    for (const score of ['Strategic fit', 'Value for citizens', 'Feasibility', 'Novelty']) {
      await user.selectOptions(within(dialog).getByLabelText(score), '4');
    }
    await user.type(within(dialog).getByRole('textbox', { name: /^Rationale/ }), 'Clear need.');
    await user.click(within(dialog).getByRole('button', { name: 'Record the decision' }));

    expect(await within(dialog).findByText('You may not take this decision.')).toBeVisible();
    expect(
      await within(dialog).findByText(
        'Another lab lead of Norrvik municipality decides this: you submitted the idea (Karin Dahl may).',
      ),
    ).toBeVisible();
    expect(screen.queryByText('The decision on IDEA-2026-0003 was recorded.')).toBeNull();
  });
});
