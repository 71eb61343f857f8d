package org.civiclab.challenge;

import java.time.Instant;
import java.util.List;

import org.springframework.lang.Nullable;

/**
 * A challenge as its page shows it to staff: what it is, where it is, the ideas that
 * answer it (those the reader may see) and what the reader may do.
 *
 * @param affected who is affected by the problem
 * @param goodAnswer what a good answer would look like
 * @param summary what came of it, once closed
 * @param pendingSuggestions residents' suggestions waiting for moderation: for its
 * moderators only
 * @param mayManage whether the reader may edit and close it
 * @param mayModerate whether the reader moderates its residents' suggestions
 */
public record ChallengeView(Long id, String title, String problem, @Nullable String affected,
		@Nullable String goodAnswer, List<String> themes, Audience audience, ChallengeState state, Instant opensAt,
		Instant closesAt, Long organisationId, String organisation, @Nullable String summary, Instant createdAt,
		@Nullable Instant closedAt, long version, List<ChallengeResponse> responses, @Nullable Long pendingSuggestions,
		boolean mayManage, boolean mayModerate) {

	/** An idea that answers the challenge. */
	public record ChallengeResponse(Long ideaId, String reference, String title, String stage) {
	}

	static ChallengeView of(Challenge challenge, List<ChallengeResponse> responses, @Nullable Long pending,
			boolean mayManage, boolean mayModerate) {
		return new ChallengeView(challenge.getId(), challenge.getTitle(), challenge.getProblem(),
				challenge.getAffected(), challenge.getGoodAnswer(), challenge.getThemes(), challenge.getAudience(),
				challenge.getState(), challenge.getOpensAt(), challenge.getClosesAt(),
				challenge.getOrganisation().getId(), challenge.getOrganisation().getName(), challenge.getSummary(),
				challenge.getCreatedAt(), challenge.getClosedAt(), challenge.getVersion(), responses, pending,
				mayManage, mayModerate);
	}

}
