import type { components } from '@api/schema';

type Schemas = components['schemas'];

/**
 * The generated schemas mark every property optional, because the backend's OpenAPI document
 * does not say which are always sent. The server sends every property of its records, null where
 * there is no value; this type says so: all keys present, and those in `Nullable` may be null.
 */
export type Present<T, Nullable extends keyof T = never> = {
  [K in keyof T]-?: K extends Nullable ? Exclude<T[K], undefined> | null : Exclude<T[K], undefined>;
};

export type Role = NonNullable<Schemas['CurrentUser']['roles']>[number];
export type CurrentUser = Present<Schemas['CurrentUser'], 'department'>;
export type DemoUser = Present<Schemas['DemoUserView'], 'department'>;
export type SignInProvider = Present<Schemas['SignInProvider']>;
export type SignedOut = Present<Schemas['SignedOut']>;

export type TimeBoxState = NonNullable<Schemas['TimeBox']['state']>;
/** How much of an idea its reader sees: in full, or as the public sees it (another organisation's). */
export type View = NonNullable<Schemas['IdeaView']['view']>;
export type CardMove = Present<Schemas['CardMove']>;
type CardFields = Omit<
  Present<Schemas['BoardCard'], 'department' | 'ownerName'>,
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
export type BoardColumn = Omit<Present<Schemas['BoardColumn']>, 'cards'> & { cards: BoardCard[] };
export interface Board {
  columns: BoardColumn[];
}
export type BoardFilter = Schemas['BoardFilter'];

export type Gate = NonNullable<Schemas['GateCatalogueEntry']['gate']>;
export type Outcome = NonNullable<Schemas['OutcomeFields']['outcome']>;
/** A field a gate decision fills in, as the gate catalogue names it. */
export type DecisionField = NonNullable<Schemas['OutcomeFields']['fields']>[number];
export type ActionType = NonNullable<Schemas['IdeaAction']['type']>;
export type OutcomeFields = Present<Schemas['OutcomeFields']>;
export interface IdeaAction {
  type: ActionType;
  gate: Gate | null;
  outcomes: OutcomeFields[];
}
/** A gate of the deployed model: whether passing it is a decision, and each outcome's fields. */
export type GateCatalogueEntry = Omit<Present<Schemas['GateCatalogueEntry']>, 'outcomes'> & {
  outcomes: OutcomeFields[];
};
/** Someone named on an idea (its submitter or a co-author) or a colleague to name. */
export type Author = Present<Schemas['Author']>;
/** Someone of the reader's organisation, as a picker of co-authors lists them. */
export type Colleague = Present<Schemas['Colleague']>;
/** Whether the reader may pass a gate and, if not, why (a conflict of interest among them). */
export type GateRight = NonNullable<Schemas['GateView']['yourRight']>;
/** A gate open on an idea: who passes it, whether the reader may, and who may (none: it waits). */
export type GateView = Omit<Present<Schemas['GateView']>, 'mayPass'> & { mayPass: Author[] };
export type TimeBox = Present<Schemas['TimeBox']>;
export type TimelineEntry = Present<
  Schemas['TimelineEntry'],
  'recordId' | 'details' | 'recordType'
>;
export type EntryRoute = NonNullable<Schemas['IdeaRequest']['entryRoute']>;
type IdeaFields = Omit<
  Present<
    Schemas['IdeaView'],
    | 'beneficiaries'
    | 'department'
    | 'estimatedCost'
    | 'budget'
    | 'receivingUnit'
    | 'submittedAt'
    | 'endedAt'
    | 'stageEnteredAt'
    | 'submitterName'
  >,
  'view' | 'actions' | 'gates' | 'coAuthors' | 'timeline' | 'timeBox'
> & { timeline: TimelineEntry[] };
/** An idea as its organisation and its authors see it, with what the reader may do. */
export type FullIdeaView = IdeaFields & {
  view: 'FULL';
  coAuthors: Author[];
  timeBox: TimeBox | null;
  actions: IdeaAction[];
  gates: GateView[];
};
/** What only the full view of an idea has. */
type InternalFields =
  | 'estimatedCost'
  | 'budget'
  | 'receivingUnit'
  | 'createdAt'
  | 'supports'
  | 'version'
  | 'coAuthors'
  | 'timeBox';
/**
 * Another organisation's published idea, as the public sees it: the internal fields are null,
 * the submitter is named only if they agreed, there is nothing to do, and the timeline has only
 * the stages it went through.
 */
export type SharedIdeaView = Omit<IdeaFields, InternalFields | 'submitter'> &
  Record<InternalFields, null> & {
    view: 'SHARED';
    submitter: string | null;
    actions: [];
    gates: [];
  };
export type IdeaView = FullIdeaView | SharedIdeaView;
export type IdeaRequest = Schemas['IdeaRequest'];
export type IdeaSummary = Present<Schemas['IdeaSummary'], 'stageEnteredAt'>;

export type LearningCard = Present<Schemas['LearningCard']>;
export type GateDecision = Omit<
  Present<
    Schemas['GateDecision'],
    | 'conditions'
    | 'strategicFit'
    | 'citizenValue'
    | 'feasibility'
    | 'novelty'
    | 'recommendation'
    | 'recommendationReason'
    | 'budget'
    | 'receivingUnit'
    | 'checklist'
    | 'timeBoxEndsAt'
    | 'wakeUpAt'
    | 'decidedBy'
    | 'decidedByName'
    | 'decidedAs'
    | 'rationale'
  >,
  'learningCard'
> & { learningCard: LearningCard | null };
export type DecisionRequest = Schemas['DecisionRequest'];
export type Scores = Schemas['Scores'];
export type Checklist = Schemas['Checklist'];
export type Recommendation = Present<Schemas['Recommendation']>;

export type ExperimentOutcome = NonNullable<Schemas['Experiment']['outcome']>;
export type Experiment = Omit<
  Present<
    Schemas['Experiment'],
    | 'budgetCap'
    | 'costSpent'
    | 'testGroup'
    | 'partners'
    | 'result'
    | 'outcome'
    | 'timeBoxDays'
    | 'createdAt'
    | 'version'
  >,
  'learningCard'
> & { learningCard: LearningCard | null };
/** An experiment as its own organisation reads it: with the version its changes are made at. */
export type OwnExperiment = Experiment & { version: number };

export type ImpactTarget = Present<Schemas['ImpactTarget']>;
export type BenefitMeasurement = Present<Schemas['BenefitMeasurement'], 'note'>;
export interface TargetView {
  target: ImpactTarget;
  measurements: BenefitMeasurement[];
}

export type Comment = Present<Schemas['CommentView'], 'authorName'>;
export type SupportView = Present<Schemas['SupportView']>;
/**
 * A gate that waits: for the reader to pass it (`mayAct`), or, for a lab lead, one that nobody
 * may pass now (`mayAct` false, nobody in `mayPass`).
 */
export type MyTask = Omit<Present<Schemas['MyTask']>, 'mayPass'> & { mayPass: Author[] };
export type CoAuthorsRequest = Schemas['CoAuthorsRequest'];

export type TestCardRequest = Schemas['TestCardRequest'];
export type ResultRequest = Schemas['ResultRequest'];
export type TargetRequest = Schemas['TargetRequest'];
export type MeasurementRequest = Schemas['MeasurementRequest'];
export type ProcessDiagram = Present<Schemas['ProcessDiagram']>;

// Process versions (admin-engine): the model's versions on the admin page.
export type ModelMigration = Present<Schemas['Migration']>;
export type ProcessVersion = Omit<Present<Schemas['ProcessVersion']>, 'migration'> & {
  /** Null for the latest version and for a version no idea runs on. */
  migration: ModelMigration | null;
};
export type Migrated = Present<Schemas['Migrated']>;
/** The reader's organisation's pick-lists: the active entries of each, in order. */
export type PickLists = Present<Schemas['PickLists']>;
/** A custom field of the submission form, as the form renders it. */
export type CustomFieldSpec = Present<Schemas['FieldSpec']>;
export type CustomFieldType = CustomFieldSpec['type'];
/** An idea's value of a custom field (full view only). */
export type StoredFieldValue = Present<Schemas['StoredValue']>;
/** An entry of a managed list, as the admin page shows it. */
export type ListEntry = Present<Schemas['ListEntryView']>;
export type ListEntryRequest = Schemas['ListEntryRequest'];
/** A custom field, as the admin page shows it. */
export type CustomFieldAdmin = Present<Schemas['CustomFieldView']>;
export type CustomFieldRequest = Schemas['CustomFieldRequest'];
