package org.civiclab.challenge;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.lang.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The public challenges as anyone reads them, and in the open data: no personal data, and
 * of residents' suggestions only the approved ones, without an address.
 */
@Service
class OpenChallenges {

	/**
	 * A public challenge.
	 *
	 * @param takesSuggestions whether residents may suggest and support now
	 * @param summary what came of it, once closed
	 * @param approvedSuggestions its published suggestions, as the open data has them: no
	 * names
	 */
	record OpenChallenge(Long id, String title, String problem, @Nullable String affected, @Nullable String goodAnswer,
			List<String> themes, ChallengeState state, Instant opensAt, Instant closesAt, String organisation,
			@Nullable String summary, boolean takesSuggestions, List<ApprovedSuggestion> approvedSuggestions) {

		static OpenChallenge of(Challenge challenge, Instant now, List<OpenSuggestion> approved) {
			return new OpenChallenge(challenge.getId(), challenge.getTitle(), challenge.getProblem(),
					challenge.getAffected(), challenge.getGoodAnswer(), challenge.getThemes(), challenge.getState(),
					challenge.getOpensAt(), challenge.getClosesAt(), challenge.getOrganisation().getName(),
					challenge.getSummary(), challenge.takesSuggestions(now),
					approved.stream()
						.map((suggestion) -> new ApprovedSuggestion(suggestion.id(), suggestion.title(),
								suggestion.text(), suggestion.supports()))
						.toList());
		}

	}

	/** An approved suggestion in the open data: no name, no address. */
	record ApprovedSuggestion(Long id, String title, String text, long supports) {
	}

	/**
	 * An approved suggestion.
	 *
	 * @param authorName the name its resident gave, if any
	 * @param supports its confirmed supports
	 */
	record OpenSuggestion(Long id, String title, String text, @Nullable String authorName, long supports) {
	}

	/** A public challenge's page: the challenge and its approved suggestions. */
	record OpenChallengePage(OpenChallenge challenge, List<OpenSuggestion> suggestions) {
	}

	private final ChallengeRepository challenges;

	private final SuggestionRepository suggestions;

	private final JdbcTemplate jdbc;

	OpenChallenges(ChallengeRepository challenges, SuggestionRepository suggestions, JdbcTemplate jdbc) {
		this.challenges = challenges;
		this.suggestions = suggestions;
		this.jdbc = jdbc;
	}

	@Transactional(readOnly = true)
	List<OpenChallenge> list() {
		Instant now = Instant.now();
		return this.challenges.findAll()
			.stream()
			.filter((challenge) -> challenge.getAudience() == Audience.PUBLIC)
			.sorted(Comparator.comparing(Challenge::getClosesAt).reversed().thenComparing(Challenge::getId))
			.map((challenge) -> OpenChallenge.of(challenge, now, approved(challenge.getId())))
			.toList();
	}

	@Transactional(readOnly = true)
	OpenChallengePage page(Long id) {
		Challenge challenge = this.challenges.findById(id)
			.filter((found) -> found.getAudience() == Audience.PUBLIC)
			.orElseThrow(() -> Challenges.notFound(id));
		List<OpenSuggestion> approved = approved(id);
		return new OpenChallengePage(OpenChallenge.of(challenge, Instant.now(), approved), approved);
	}

	/** The approved suggestions of a public challenge, oldest first. */
	List<OpenSuggestion> approved(Long challengeId) {
		return this.suggestions
			.findByChallengeIdAndStatusInOrderByCreatedAtAscIdAsc(challengeId, List.of(SuggestionStatus.APPROVED))
			.stream()
			.map((suggestion) -> new OpenSuggestion(suggestion.getId(), suggestion.getTitle(), suggestion.getText(),
					suggestion.getAuthorName(), Moderation.supports(this.jdbc, suggestion.getId())))
			.toList();
	}

}
