package org.civiclab.federation;

/**
 * A feed that could not be read, and why, in CivicLab's own words: never the other
 * installation's text, which is not trusted.
 */
class FeedUnreadable extends Exception {

	FeedUnreadable(String reason) {
		super(reason);
	}

}
