package org.civiclab.challenge;

import java.time.Instant;

import org.springframework.lang.Nullable;

/**
 * A line in the list of challenges.
 *
 * @param responses how many ideas that the reader may see answer it
 * @param pendingSuggestions residents' suggestions waiting for moderation: for its
 * moderators only
 */
public record ChallengeSummary(Long id, String title, Audience audience, ChallengeState state, Instant opensAt,
		Instant closesAt, Long organisationId, String organisation, long responses, @Nullable Long pendingSuggestions) {
}
