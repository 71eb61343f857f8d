package org.civiclab.challenge;

/**
 * Where a challenge is in its life; the engine's ({@code processes/challenge.bpmn}),
 * mirrored here in the same transaction.
 */
public enum ChallengeState {

	/** Until its closing time: it takes responses. */
	OPEN,
	/** Its closing time has come: its lab lead reviews the responses. */
	REVIEWING,
	/** Closed with a summary of what came of it. */
	CLOSED

}
