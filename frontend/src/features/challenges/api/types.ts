import type { components } from '@api/schema';

type Schemas = components['schemas'];

/* The challenges' records by shorter names, generated from the API document. */

export type Audience = Schemas['ChallengeRequest']['audience'];
export const audiences: Audience[] = ['STAFF', 'REGION', 'PUBLIC'];
export type ChallengeState = Schemas['ChallengeView']['state'];

/** What a lab lead or an executive writes; the dates are ISO-8601 instants. */
export type ChallengeFields = Schemas['ChallengeRequest'];
/** A line of the staff's list of challenges. */
export type ChallengeSummary = Schemas['ChallengeSummary'];
/** A challenge as staff read it on its page, with what the reader may do. */
export type Challenge = Schemas['ChallengeView'];
/** An idea that answers a challenge. */
export type ChallengeResponse = Challenge['responses'][number];

/** A resident's suggestion as the lab's moderators see it: never the e-mail address. */
export type Suggestion = Schemas['ModeratedSuggestion'];
export type SuggestionStatus = Suggestion['status'];

/** A public challenge, for everyone; on its own page with its approved suggestions. */
export type PublicChallenge = Schemas['OpenChallenge'] & { suggestions?: PublicSuggestion[] };
/** An approved suggestion on a public challenge's page. */
export type PublicSuggestion = Schemas['OpenSuggestion'];

export type SuggestionRequest = Schemas['SuggestionRequest'];
export type SupportRequest = Schemas['SupportRequest'];
export type Confirmation = Schemas['AddressConfirmed'];
