/*
 * The challenges' records as the API sends them (docs/challenges-api.md, the contract as built).
 * Hand-written until the committed API document describes the challenges' endpoints; then the
 * generated types by these names.
 */

export type Audience = 'STAFF' | 'REGION' | 'PUBLIC';
export const audiences: Audience[] = ['STAFF', 'REGION', 'PUBLIC'];

export type ChallengeState = 'OPEN' | 'REVIEWING' | 'CLOSED';

export type SuggestionStatus = 'PENDING' | 'APPROVED' | 'REJECTED';

/** An idea that answers a challenge. */
export interface ChallengeResponse {
  ideaId: number;
  reference: string;
  title: string;
  stage: string;
}

/** What a lab lead or an executive writes; the dates are ISO-8601 instants. */
export interface ChallengeFields {
  title: string;
  problem: string;
  affected?: string;
  goodAnswer?: string;
  themes: string[];
  audience: Audience;
  opensAt: string;
  closesAt: string;
}

/** A line of the staff's list of challenges. */
export interface ChallengeSummary {
  id: number;
  title: string;
  audience: Audience;
  state: ChallengeState;
  opensAt: string;
  closesAt: string;
  organisation: string;
  /** How many ideas the reader may see answer it. */
  responses: number;
  /** Suggestions waiting for moderation: for its moderators only. */
  pendingSuggestions: number | null;
}

/** A challenge as staff read it on its page. */
export interface Challenge {
  id: number;
  title: string;
  problem: string;
  affected: string | null;
  goodAnswer: string | null;
  themes: string[];
  audience: Audience;
  state: ChallengeState;
  opensAt: string;
  closesAt: string;
  organisation: string;
  summary: string | null;
  version: number;
  responses: ChallengeResponse[];
  pendingSuggestions: number | null;
  /** Whether the reader may edit and close it. */
  mayManage: boolean;
  /** Whether the reader moderates its residents' suggestions. */
  mayModerate: boolean;
}

/** A citizen's suggestion as the lab's moderators see it: never the e-mail address. */
export interface Suggestion {
  id: number;
  title: string;
  text: string;
  status: SuggestionStatus;
  authorName: string | null;
  supports: number;
  credit: boolean;
  ideaId: number | null;
  rejectionReason: string | null;
}

/** An approved suggestion on a public challenge's page. */
export interface PublicSuggestion {
  id: number;
  title: string;
  text: string;
  authorName: string | null;
  supports: number;
}

/** A public challenge, for everyone. */
export interface PublicChallenge {
  id: number;
  title: string;
  problem: string;
  affected: string | null;
  goodAnswer: string | null;
  themes: string[];
  opensAt: string;
  closesAt: string;
  state: ChallengeState;
  organisation: string;
  summary: string | null;
  /** Whether it takes suggestions (and support) now. */
  takesSuggestions: boolean;
  /** On its own page: the approved suggestions. */
  suggestions?: PublicSuggestion[];
}

export interface Confirmation {
  kind: 'SUGGESTION' | 'SUPPORT';
  challengeId: number;
}
