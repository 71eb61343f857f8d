import type {
  Board,
  BoardCard,
  BoardColumn,
  CurrentUser,
  DemoUser,
  FullBoardCard,
  FullIdeaView,
  GateCatalogueEntry,
  MyTask,
  PickLists,
  SharedBoardCard,
} from '../lib/api-types';

export const lena: CurrentUser = {
  id: 4,
  username: 'lena',
  displayName: 'Lena Holm',
  organisationId: 1,
  department: 'Innovation lab',
  roles: ['LAB_LEAD'],
  anonymous: false,
};

export const anna: CurrentUser = {
  id: 1,
  username: 'anna',
  displayName: 'Anna Berg',
  organisationId: 1,
  department: 'Social services',
  roles: ['INTRAPRENEUR'],
  anonymous: false,
};

export const karin: CurrentUser = {
  id: 9,
  username: 'karin',
  displayName: 'Karin Dahl',
  organisationId: 1,
  department: 'Innovation lab',
  roles: ['LAB_LEAD', 'EXECUTIVE'],
  anonymous: false,
};

/** A lab lead of another organisation (Sjöstad). */
export const jonas: CurrentUser = {
  id: 5,
  username: 'jonas',
  displayName: 'Jonas Ek',
  organisationId: 2,
  department: 'Innovation lab',
  roles: ['LAB_LEAD'],
  anonymous: false,
};

export const demoUsers: DemoUser[] = [
  {
    username: 'anna',
    name: 'Anna Berg',
    organisation: 'Norrvik municipality',
    department: 'Social services',
    roles: ['INTRAPRENEUR'],
    password: 'demo',
  },
  {
    username: 'lena',
    name: 'Lena Holm',
    organisation: 'Norrvik municipality',
    department: 'Innovation lab',
    roles: ['LAB_LEAD'],
    password: 'demo',
  },
  {
    username: 'karin',
    name: 'Karin Dahl',
    organisation: 'Norrvik municipality',
    department: 'Innovation lab',
    roles: ['LAB_LEAD', 'EXECUTIVE'],
    password: 'demo',
  },
];

export function card(id: number, overrides: Partial<FullBoardCard> = {}): FullBoardCard {
  return {
    view: 'FULL',
    id,
    reference: `IDEA-2026-${String(id).padStart(4, '0')}`,
    title: `Idea number ${String(id)}`,
    owner: 'anna',
    ownerName: 'Anna Berg',
    department: 'Social services',
    organisation: 'Norrvik municipality',
    daysInStage: 3,
    timeBox: null,
    supports: 0,
    version: 1,
    moves: [],
    ...overrides,
  };
}

export function column(
  stage: string,
  label: string,
  cards: BoardCard[],
  overrides: Partial<BoardColumn> = {},
): BoardColumn {
  return { stage, label, end: false, total: cards.length, page: 0, size: 20, cards, ...overrides };
}

export const board: Board = {
  columns: [
    column('screening', 'Screening', [
      card(2, { title: 'Easy-read versions of the most used e-services', supports: 4 }),
    ]),
    column('test', 'Test', [
      card(9, {
        title: 'Shared open data portal',
        ownerName: 'Omar Haddad',
        owner: 'omar',
        department: 'Education',
        timeBox: 'ENDING_SOON',
        daysInStage: 1,
        supports: 1,
      }),
    ]),
    column('pilot-review', 'Pilot review', []),
  ],
};

/** Another organisation's published idea as a card: what the public sees, and no moves. */
export function sharedCard(id: number, overrides: Partial<SharedBoardCard> = {}): SharedBoardCard {
  return {
    view: 'SHARED',
    id,
    reference: `IDEA-2026-${String(id).padStart(4, '0')}`,
    title: `Idea number ${String(id)}`,
    owner: null,
    ownerName: null,
    department: 'Digital services',
    organisation: 'Sjöstad municipality',
    daysInStage: 12,
    timeBox: null,
    supports: null,
    version: null,
    moves: [],
    ...overrides,
  };
}

export const draftIdea: FullIdeaView = {
  view: 'FULL',
  id: 21,
  reference: 'IDEA-2026-0021',
  title: 'Benches with shade on the walk to the health centre',
  problem: 'Older people stop halfway in the summer heat.',
  proposal: 'Put up benches with shade every 200 metres.',
  beneficiaries: 'Older residents',
  organisationId: 1,
  organisation: 'Norrvik municipality',
  department: 'Social services',
  entryRoute: 'IDEA_DRIVEN',
  themes: ['health', 'mobility'],
  estimatedCost: 120000,
  currency: 'SEK',
  submitter: 'anna',
  submitterName: 'Anna Berg',
  coAuthors: [],
  publicIdea: true,
  sharing: 'PUBLIC',
  origin: null,
  stage: 'draft',
  stageEnteredAt: '2026-03-02T09:00:00Z',
  daysInStage: 2,
  timeBox: null,
  budget: null,
  receivingUnit: null,
  createdAt: '2026-03-02T09:00:00Z',
  submittedAt: null,
  endedAt: null,
  supports: 0,
  supportedByMe: false,
  version: 0,
  actions: [
    { type: 'EDIT', gate: null, outcomes: [] },
    { type: 'SUBMIT', gate: null, outcomes: [] },
    { type: 'WITHDRAW', gate: null, outcomes: [] },
  ],
  gates: [],
  timeline: [
    {
      at: '2026-03-02T09:00:00Z',
      actor: 'anna',
      action: 'IDEA_CREATED',
      recordType: 'idea',
      recordId: 21,
      details: 'Benches with shade on the walk to the health centre',
    },
  ],
  challenge: null,
  credit: null,
};

export const screeningTask: MyTask = {
  taskId: 't-1',
  name: 'Screen idea',
  gate: 'SCREENING',
  stage: 'screening',
  outcomes: ['GO', 'KILL', 'HOLD', 'RECYCLE'],
  since: '2026-02-01T08:00:00Z',
  ideaId: 2,
  reference: 'IDEA-2026-0002',
  title: 'Easy-read versions of the most used e-services',
  mayAct: true,
  yourRight: 'ALLOWED',
  mayPass: [
    { username: 'lena', name: 'Lena Holm' },
    { username: 'karin', name: 'Karin Dahl' },
  ],
};

export const tasks: MyTask[] = [screeningTask];

/** The gate catalogue of the demo's model, as GET /api/gates answers. */
export const gates: GateCatalogueEntry[] = [
  {
    gate: 'SCREENING',
    decision: true,
    outcomes: [
      { outcome: 'GO', fields: ['rationale', 'scores'], endsIdea: false },
      { outcome: 'KILL', fields: ['rationale', 'scores'], endsIdea: true },
      { outcome: 'HOLD', fields: ['rationale', 'scores', 'wakeUpAt'], endsIdea: false },
      { outcome: 'RECYCLE', fields: ['rationale', 'scores'], endsIdea: false },
    ],
  },
  { gate: 'REVISION', decision: false, outcomes: [{ outcome: 'GO', fields: [], endsIdea: false }] },
  {
    gate: 'PLAN',
    decision: true,
    outcomes: [{ outcome: 'GO', fields: ['rationale', 'timeBoxEndsAt'], endsIdea: false }],
  },
  {
    gate: 'TEST',
    decision: true,
    outcomes: [
      { outcome: 'GO', fields: ['rationale'], endsIdea: false },
      { outcome: 'KILL', fields: ['rationale', 'learningCard'], endsIdea: true },
      { outcome: 'HOLD', fields: ['rationale', 'timeBoxEndsAt', 'wakeUpAt'], endsIdea: false },
      { outcome: 'RECYCLE', fields: ['rationale'], endsIdea: false },
    ],
  },
  {
    gate: 'SCALE',
    decision: true,
    outcomes: [
      {
        outcome: 'GO',
        fields: ['rationale', 'budget', 'receivingUnit', 'checklist'],
        endsIdea: false,
      },
      { outcome: 'KILL', fields: ['rationale', 'learningCard'], endsIdea: true },
      { outcome: 'HOLD', fields: ['rationale', 'wakeUpAt'], endsIdea: false },
      { outcome: 'RECYCLE', fields: ['rationale', 'timeBoxEndsAt'], endsIdea: false },
    ],
  },
  {
    gate: 'ADOPTION',
    decision: true,
    outcomes: [{ outcome: 'GO', fields: ['rationale'], endsIdea: false }],
  },
];

/** Norrvik's people as GET /api/colleagues answers Anna. */
export const colleagues = [
  { username: 'omar', name: 'Omar Haddad' },
  { username: 'lena', name: 'Lena Holm' },
  { username: 'maria', name: 'Maria Sandberg' },
  { username: 'erik', name: 'Erik Lund' },
  { username: 'karin', name: 'Karin Dahl' },
];

/** The organisation's managed lists, as the pick-lists read them. */
export const pickLists: PickLists = {
  departments: ['Education', 'Elderly care', 'Social services'],
  themes: ['health', 'mobility', 'schools'],
  receivingUnits: ['Contact centre', 'Property unit'],
};
