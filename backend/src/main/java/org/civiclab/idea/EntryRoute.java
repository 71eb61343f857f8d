package org.civiclab.idea;

/**
 * How an idea came to the lab.
 */
public enum EntryRoute {

	IDEA_DRIVEN, CHALLENGE_DRIVEN, OPPORTUNITY_DRIVEN, REUSE

}
