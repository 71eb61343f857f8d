package org.civiclab.challenge;

/** Where a resident's suggestion is. */
public enum SuggestionStatus {

	/** Its address is not confirmed yet: nobody sees it. */
	UNCONFIRMED,
	/** Confirmed, waiting for a lab lead's moderation. */
	PENDING,
	/** Published on the challenge's public page. */
	APPROVED,
	/** Not published; the resident is told why. */
	REJECTED

}
