package org.civiclab.pipeline;

/**
 * Published, in the engine's transaction, when a challenge's closing time has come and
 * its responses wait for review ({@code processes/challenge.bpmn}).
 */
public record ChallengeReviewDue(Long challengeId) {
}
