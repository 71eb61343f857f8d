import type { components } from '@api/schema';

type Schemas = components['schemas'];

/*
 * The generated schemas say which properties are always sent and which may be null (the
 * backend's OpenAPI document marks them from the code), so most types here are the generated
 * ones by a shorter name; what remains hand-written is what the document cannot say, such as
 * which fields the full and the shared view of an idea or card fill in.
 */

export type Role = NonNullable<Schemas['CurrentUser']['roles']>[number];
export type CurrentUser = Schemas['CurrentUser'];
export type DemoUser = Schemas['DemoUserView'];
export type SignInProvider = Schemas['SignInProvider'];
export type SignedOut = Schemas['SignedOut'];

export type TimeBoxState = NonNullable<Schemas['TimeBox']['state']>;
/** How much of an idea its reader sees: in full, or as the public sees it (another organisation's). */
export type View = NonNullable<Schemas['IdeaView']['view']>;
export type CardMove = Schemas['CardMove'];
type CardFields = Omit<
  Schemas['BoardCard'],
  'moves' | 'view' | 'timeBox' | 'supports' | 'version' | 'owner'
>;
/** A card of the reader's own organisation: its owner, time box and support, and their moves. */
export type FullBoardCard = CardFields & {
  view: 'FULL';
  owner: string;
  timeBox: TimeBoxState | null;
  supports: number;
  version: number;
  moves: CardMove[];
};
/**
 * Another organisation's published idea, as the public sees it: its owner only if they agreed
 * to be named, no time box, support or version, and no moves.
 */
export type SharedBoardCard = CardFields & {
  view: 'SHARED';
  owner: string | null;
  timeBox: null;
  supports: null;
  version: null;
  moves: [];
};
export type BoardCard = FullBoardCard | SharedBoardCard;
export type BoardColumn = Omit<Schemas['BoardColumn'], 'cards'> & { cards: BoardCard[] };
export interface Board {
  columns: BoardColumn[];
}
export type BoardFilter = Schemas['BoardFilter'];

export type Gate = NonNullable<Schemas['GateCatalogueEntry']['gate']>;
export type Outcome = NonNullable<Schemas['OutcomeFields']['outcome']>;
/** A field a gate decision fills in, as the gate catalogue names it. */
export type DecisionField = NonNullable<Schemas['OutcomeFields']['fields']>[number];
export type ActionType = NonNullable<Schemas['IdeaAction']['type']>;
export type OutcomeFields = Schemas['OutcomeFields'];
export interface IdeaAction {
  type: ActionType;
  gate: Gate | null;
  outcomes: OutcomeFields[];
}
/** A gate of the deployed model: whether passing it is a decision, and each outcome's fields. */
export type GateCatalogueEntry = Omit<Schemas['GateCatalogueEntry'], 'outcomes'> & {
  outcomes: OutcomeFields[];
};
/** Someone named on an idea (its submitter or a co-author) or a colleague to name. */
export type Author = Schemas['Author'];
/** Someone of the reader's organisation, as a picker of co-authors lists them. */
export type Colleague = Schemas['Colleague'];
/** Whether the reader may pass a gate and, if not, why (a conflict of interest among them). */
export type GateRight = NonNullable<Schemas['GateView']['yourRight']>;
/** A gate open on an idea: who passes it, whether the reader may, and who may (none: it waits). */
export type GateView = Omit<Schemas['GateView'], 'mayPass'> & { mayPass: Author[] };
export type TimeBox = Schemas['TimeBox'];
export type TimelineEntry = Schemas['TimelineEntry'];
export type EntryRoute = NonNullable<Schemas['IdeaRequest']['entryRoute']>;
type IdeaFields = Omit<
  Schemas['IdeaView'],
  'view' | 'actions' | 'gates' | 'coAuthors' | 'timeline' | 'timeBox'
> & { timeline: TimelineEntry[] };
/** An idea as its organisation and its authors see it, with what the reader may do. */
export type FullIdeaView = Omit<IdeaFields, FullViewFields> & {
  [K in FullViewFields]: NonNullable<IdeaFields[K]>;
} & {
  view: 'FULL';
  coAuthors: Author[];
  timeBox: TimeBox | null;
  actions: IdeaAction[];
  gates: GateView[];
};
/** What the full view of an idea always has, and the shared view leaves null. */
type FullViewFields = 'createdAt' | 'supports' | 'version' | 'submitter';
/** What only the full view of an idea has. */
type InternalFields =
  'budget' | 'receivingUnit' | 'createdAt' | 'supports' | 'version' | 'coAuthors' | 'timeBox';
/**
 * Another organisation's published idea, as the public sees it: the internal fields are null,
 * the submitter is named only if they agreed, the only thing to do is to take part in the
 * cross-organisation thread, and the timeline has only the stages it went through.
 */
export type SharedIdeaView = Omit<IdeaFields, InternalFields | 'submitter'> &
  Record<InternalFields, null> & {
    view: 'SHARED';
    submitter: string | null;
    /** At most taking part in the cross-organisation thread. */
    actions: IdeaAction[];
    gates: [];
  };
export type IdeaView = FullIdeaView | SharedIdeaView;
/** How far an idea is shared: its organisation only, the region, or the public. */
export type Sharing = NonNullable<Schemas['IdeaView']['sharing']>;
/** The sharing levels, from the nearest to the widest. */
export const sharingLevels: readonly Sharing[] = ['ORGANISATION', 'REGION', 'PUBLIC'];
export function isSharing(value: string): value is Sharing {
  return (sharingLevels as readonly string[]).includes(value);
}
export type IdeaRequest = Schemas['IdeaRequest'];
export type IdeaSummary = Schemas['IdeaSummary'];

export type LearningCard = Schemas['LearningCard'];
export type GateDecision = Omit<Schemas['GateDecision'], 'learningCard'> & {
  learningCard: LearningCard | null;
};
export type DecisionRequest = Schemas['DecisionRequest'];
export type Scores = Schemas['Scores'];
export type Checklist = Schemas['Checklist'];
export type Recommendation = Schemas['Recommendation'];

export type ExperimentOutcome = NonNullable<Schemas['Experiment']['outcome']>;
export type Experiment = Omit<Schemas['Experiment'], 'learningCard'> & {
  learningCard: LearningCard | null;
};
/** An experiment as its own organisation reads it: with the version its changes are made at. */
export type OwnExperiment = Experiment & { version: number };

export type ImpactTarget = Schemas['ImpactTarget'];
export type BenefitMeasurement = Schemas['BenefitMeasurement'];
export interface TargetView {
  target: ImpactTarget;
  measurements: BenefitMeasurement[];
}

export type Comment = Schemas['CommentView'];
export type SupportView = Schemas['SupportView'];
/**
 * A gate that waits: for the reader to pass it (`mayAct`), or, for a lab lead, one that nobody
 * may pass now (`mayAct` false, nobody in `mayPass`).
 */
export type MyTask = Omit<Schemas['MyTask'], 'mayPass'> & { mayPass: Author[] };
export type CoAuthorsRequest = Schemas['CoAuthorsRequest'];

export type TestCardRequest = Schemas['TestCardRequest'];
export type ResultRequest = Schemas['ResultRequest'];
export type TargetRequest = Schemas['TargetRequest'];
export type MeasurementRequest = Schemas['MeasurementRequest'];
export type BaselineRequest = Schemas['BaselineRequest'];
export type ProcessDiagram = Schemas['ProcessDiagram'];

// Process versions (admin-engine): the model's versions on the admin page.
export type ModelMigration = Schemas['Migration'];
export type ProcessVersion = Omit<Schemas['ProcessVersion'], 'migration'> & {
  /** Null for the latest version and for a version no idea runs on. */
  migration: ModelMigration | null;
};
export type Migrated = Schemas['Migrated'];
/** The reader's organisation's pick-lists: the active entries of each, in order. */
export type PickLists = Schemas['PickLists'];
/** A custom field of the submission form, as the form renders it. */
export type CustomFieldSpec = Schemas['FieldSpec'];
export type CustomFieldType = CustomFieldSpec['type'];
/** An idea's value of a custom field (full view only). */
export type StoredFieldValue = Schemas['StoredValue'];
/** An entry of a managed list, as the admin page shows it. */
export type ListEntry = Schemas['ListEntryView'];
export type ListEntryRequest = Schemas['ListEntryRequest'];
/** A custom field, as the admin page shows it. */
export type CustomFieldAdmin = Schemas['CustomFieldView'];
export type CustomFieldRequest = Schemas['CustomFieldRequest'];
