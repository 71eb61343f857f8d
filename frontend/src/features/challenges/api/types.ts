/*
 * The challenges' records as the API sends them (docs/challenges-api.md). Hand-written until
 * the committed API document describes the challenges' endpoints; then the generated types.
 */

export type Audience = 'STAFF' | 'REGION' | 'PUBLIC';
export const audiences: Audience[] = ['STAFF', 'REGION', 'PUBLIC'];

export type ChallengeState = 'OPEN' | 'REVIEWING' | 'CLOSED';

export type SuggestionStatus = 'PENDING' | 'APPROVED' | 'REJECTED';

/** An idea that answers a challenge. */
export interface ChallengeResponse {
  id: number;
  reference?: string | null;
  title: string;
  stage?: string | null;
}

export interface ChallengeFields {
  title: string;
  problem: string;
  affected: string;
  goodAnswer: string;
  themes: string[];
  audience: Audience;
  opensAt: string;
  closesAt: string;
}

/** A challenge as staff read it. */
export interface Challenge extends ChallengeFields {
  id: number;
  state: ChallengeState;
  organisation?: string | null;
  summary?: string | null;
  version: number;
  responses?: ChallengeResponse[];
}

/** A citizen's suggestion as the lab's moderators see it: never the e-mail address. */
export interface Suggestion {
  id: number;
  title: string;
  text: string;
  status: SuggestionStatus;
  name?: string | null;
  supports: number;
  credit: boolean;
  ideaId?: number | null;
  reason?: string | null;
}

/** An approved suggestion on a public challenge's page. */
export interface PublicSuggestion {
  id: number;
  title: string;
  text: string;
  name?: string | null;
  supports: number;
}

/** A public challenge, for everyone. */
export interface PublicChallenge {
  id: number;
  title: string;
  problem: string;
  affected: string;
  goodAnswer: string;
  themes: string[];
  opensAt: string;
  closesAt: string;
  state: ChallengeState;
  organisation?: string | null;
  summary?: string | null;
  suggestions?: PublicSuggestion[];
}

export interface Confirmation {
  kind: 'SUGGESTION' | 'SUPPORT';
  challengeId: number;
}
