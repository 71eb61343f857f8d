import type { components } from '@api/schema';

type Schemas = components['schemas'];

/**
 * The generated schemas mark every property optional, because the backend's OpenAPI document
 * does not say which are always sent. The server sends every property of its records, null where
 * there is no value; this type says so: all keys present, and those in `Nullable` may be null.
 */
type Present<T, Nullable extends keyof T = never> = {
  [K in keyof T]-?: K extends Nullable ? Exclude<T[K], undefined> | null : Exclude<T[K], undefined>;
};

export type Role = NonNullable<Schemas['CurrentUser']['roles']>[number];
export type CurrentUser = Present<Schemas['CurrentUser'], 'department'>;
export type DemoUser = Present<Schemas['DemoUserView'], 'department'>;
export type SignInProvider = Present<Schemas['SignInProvider']>;
export type SignedOut = Present<Schemas['SignedOut']>;

export type TimeBoxState = NonNullable<Schemas['TimeBox']['state']>;
export type CardMove = Omit<Present<Schemas['CardMove']>, 'gate' | 'outcome'> & {
  gate: Gate;
  outcome: Outcome;
};
export type BoardCard = Omit<
  Present<Schemas['BoardCard'], 'timeBox' | 'department' | 'ownerName'>,
  'moves'
> & { moves: CardMove[] };
export type BoardColumn = Omit<Present<Schemas['BoardColumn']>, 'cards'> & { cards: BoardCard[] };
export interface Board {
  columns: BoardColumn[];
}
export type BoardFilter = Schemas['BoardFilter'];

export type Gate = NonNullable<Schemas['IdeaAction']['gate']>;
export type Outcome = NonNullable<Schemas['OutcomeFields']['outcome']>;
export type ActionType = NonNullable<Schemas['IdeaAction']['type']>;
export type OutcomeFields = Present<Schemas['OutcomeFields']>;
export interface IdeaAction {
  type: ActionType;
  gate: Gate | null;
  outcomes: OutcomeFields[];
}
export type TimeBox = Present<Schemas['TimeBox']>;
export type TimelineEntry = Present<
  Schemas['TimelineEntry'],
  'recordId' | 'details' | 'recordType'
>;
export type EntryRoute = NonNullable<Schemas['IdeaRequest']['entryRoute']>;
export type IdeaView = Omit<
  Present<
    Schemas['IdeaView'],
    | 'beneficiaries'
    | 'department'
    | 'estimatedCost'
    | 'timeBox'
    | 'budget'
    | 'receivingUnit'
    | 'submittedAt'
    | 'endedAt'
    | 'stageEnteredAt'
    | 'submitterName'
  >,
  'actions' | 'timeline' | 'timeBox'
> & { actions: IdeaAction[]; timeline: TimelineEntry[]; timeBox: TimeBox | null };
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
    | 'decidedByName'
    | 'rationale'
  >,
  'learningCard'
> & { learningCard: LearningCard | null };
export type DecisionRequest = Schemas['DecisionRequest'];
export type Scores = Schemas['Scores'];
export type Recommendation = Present<Schemas['Recommendation']>;

export type ExperimentOutcome = NonNullable<Schemas['Experiment']['outcome']>;
export type Experiment = Omit<
  Present<
    Schemas['Experiment'],
    'budgetCap' | 'costSpent' | 'testGroup' | 'partners' | 'result' | 'outcome' | 'timeBoxDays'
  >,
  'learningCard'
> & { learningCard: LearningCard | null };

export type ImpactTarget = Present<Schemas['ImpactTarget']>;
export type BenefitMeasurement = Present<Schemas['BenefitMeasurement'], 'note'>;
export interface TargetView {
  target: ImpactTarget;
  measurements: BenefitMeasurement[];
}

export type Comment = Present<Schemas['CommentView'], 'authorName'>;
export type SupportView = Present<Schemas['SupportView']>;
export type MyTask = Present<Schemas['MyTask']>;

export type TestCardRequest = Schemas['TestCardRequest'];
export type ResultRequest = Schemas['ResultRequest'];
export type TargetRequest = Schemas['TargetRequest'];
export type MeasurementRequest = Schemas['MeasurementRequest'];
export type ProcessDiagram = Present<Schemas['ProcessDiagram']>;
