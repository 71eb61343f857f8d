import { screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { beforeEach, describe, expect, it } from 'vitest';

import type { FullIdeaView, GateView } from '../../../lib/api-types';
import { draftIdea, karin } from '../../../testing/fixtures';
import { renderRoute } from '../../../testing/render-route';
import { emptyIdeaParts, gateRefusal, server, signedInAs } from '../../../testing/server';

const maria = { username: 'maria', name: 'Maria Sandberg' };
const erik = { username: 'erik', name: 'Erik Lund' };

/** Karin's own idea (she is a lab lead and an executive), open at one gate. */
function karinsIdea(gate: GateView, overrides: Partial<FullIdeaView> = {}): FullIdeaView {
  return {
    ...draftIdea,
    submitter: 'karin',
    submitterName: 'Karin Dahl',
    stage: gate.stage,
    submittedAt: '2026-03-03T09:00:00Z',
    version: 7,
    actions: [{ type: 'WITHDRAW', gate: null, outcomes: [] }],
    gates: [gate],
    ...overrides,
  };
}

const scale: GateView = {
  gate: 'SCALE',
  stage: 'scale-decision',
  since: '2026-04-01T09:00:00Z',
  roles: ['EXECUTIVE'],
  yourRight: 'SUBMITTER',
  mayPass: [maria, erik],
};

function showing(idea: FullIdeaView) {
  server.use(
    http.get('*/api/ideas/21', () => HttpResponse.json(idea)),
    ...emptyIdeaParts(21),
  );
}

beforeEach(() => {
  signedInAs(karin);
});

describe("the idea page's gates", () => {
  it('tells the submitter that another executive decides, and who may, and offers no decision', async () => {
    showing(karinsIdea(scale));
    renderRoute('/ideas/21');

    const actions = await screen.findByRole('region', { name: 'What you can do' });
    const gates = within(actions).getByRole('region', { name: 'Who decides' });
    expect(gates).toHaveTextContent('Scale gate');
    expect(gates).toHaveTextContent(
      'Another executive of Norrvik municipality decides this: you submitted the idea (Erik Lund and Maria Sandberg may).',
    );
    expect(within(actions).queryByRole('button', { name: /^Decide at/ })).toBeNull();
  });

  it('tells whoever proposed scaling that four eyes keep them from the scale decision', async () => {
    showing(
      karinsIdea(
        { ...scale, yourRight: 'SCALE_PROPOSER', mayPass: [erik] },
        { submitter: 'anna', submitterName: 'Anna Berg' },
      ),
    );
    renderRoute('/ideas/21');

    expect(
      await screen.findByText(
        'Another executive of Norrvik municipality decides this: you proposed scaling it (four eyes) (Erik Lund may).',
      ),
    ).toBeVisible();
  });

  it('says the idea waits, and why, when nobody in the organisation may take the decision', async () => {
    showing(
      karinsIdea({
        gate: 'SCREENING',
        stage: 'screening',
        since: '2026-03-03T09:00:00Z',
        roles: ['LAB_LEAD'],
        yourRight: 'CO_AUTHOR',
        mayPass: [],
      }),
    );
    renderRoute('/ideas/21');

    expect(
      await screen.findByText(
        'The idea waits: nobody else in Norrvik municipality may take this decision. You may not (you co-authored the idea), and no other lab lead may. An admin can give the role to someone who did not write the idea.',
      ),
    ).toBeVisible();
  });

  it('names who decides a gate the reader has no role for, and who may resubmit a revision', async () => {
    showing(
      karinsIdea(
        { ...scale, yourRight: 'NOT_CANDIDATE' },
        {
          gates: [
            { ...scale, yourRight: 'NOT_CANDIDATE' },
            {
              gate: 'REVISION',
              stage: 'revision',
              since: '2026-04-01T09:00:00Z',
              roles: ['INTRAPRENEUR'],
              yourRight: 'NOT_AUTHOR',
              mayPass: [{ username: 'anna', name: 'Anna Berg' }],
            },
          ],
        },
      ),
    );
    renderRoute('/ideas/21');

    const gates = await screen.findByRole('region', { name: 'Who decides' });
    expect(gates).toHaveTextContent(
      'Erik Lund and Maria Sandberg may take this decision (executive, Norrvik municipality).',
    );
    expect(gates).toHaveTextContent(
      'Sent back to its authors to revise (Anna Berg may resubmit it).',
    );
  });

  it('says nothing of a gate the reader may pass: its decision is among the actions', async () => {
    showing(
      karinsIdea(
        { ...scale, yourRight: 'ALLOWED', mayPass: [maria, erik] },
        {
          actions: [
            {
              type: 'DECIDE',
              gate: 'SCALE',
              outcomes: [{ outcome: 'GO', fields: ['rationale'], endsIdea: false }],
            },
          ],
        },
      ),
    );
    renderRoute('/ideas/21');

    expect(await screen.findByRole('button', { name: 'Decide at the Scale gate' })).toBeVisible();
    expect(screen.queryByRole('region', { name: 'Who decides' })).toBeNull();
  });

  it('says in Swedish who decides instead', async () => {
    window.localStorage.setItem('civiclab.language', 'sv');
    showing(karinsIdea(scale));
    renderRoute('/ideas/21');

    expect(
      await screen.findByText(
        'En annan chef i Norrvik municipality beslutar om detta: du lämnade in idén (Erik Lund och Maria Sandberg får).',
      ),
    ).toBeVisible();
  });
});

describe('a refused gate decision', () => {
  it('explains why, from the idea as it is now, and records nothing', async () => {
    let reads = 0;
    const allowed = karinsIdea(
      { ...scale, yourRight: 'ALLOWED' },
      {
        submitter: 'anna',
        submitterName: 'Anna Berg',
        actions: [
          {
            type: 'DECIDE',
            gate: 'SCALE',
            outcomes: [{ outcome: 'GO', fields: ['rationale'], endsIdea: false }],
          },
        ],
      },
    );
    // Meanwhile Karin was named a co-author: the server refuses, and the idea says so when read.
    const refused = karinsIdea({ ...scale, yourRight: 'CO_AUTHOR' }, { submitter: 'anna' });
    server.use(
      http.get('*/api/ideas/21', () => {
        reads += 1;
        return HttpResponse.json(reads === 1 ? allowed : refused);
      }),
      http.post('*/api/ideas/21/decisions', () =>
        gateRefusal(
          'CO_AUTHOR',
          ['maria', 'erik'],
          'Another executive of Norrvik municipality decides this: you co-authored the idea (Maria Sandberg, Erik Lund may)',
        ),
      ),
      ...emptyIdeaParts(21),
    );
    const { user } = renderRoute('/ideas/21');
    await user.click(await screen.findByRole('button', { name: 'Decide at the Scale gate' }));
    const dialog = await screen.findByRole('dialog', { name: 'Decide at the Scale gate' });
    await user.type(within(dialog).getByRole('textbox', { name: 'Rationale' }), 'Worth it.');
    await user.click(within(dialog).getByRole('button', { name: 'Record the decision' }));

    expect(await within(dialog).findByText('You may not take this decision.')).toBeVisible();
    expect(
      await within(dialog).findByText(
        'Another executive of Norrvik municipality decides this: you co-authored the idea (Erik Lund and Maria Sandberg may).',
      ),
    ).toBeVisible();
    expect(within(dialog).getByRole('button', { name: 'Record the decision' })).toBeDisabled();
  });
});
