package org.civiclab.challenge;

import java.sql.Timestamp;
import java.time.Instant;

import org.civiclab.challenge.CitizenRequests.AddressConfirmed;
import org.civiclab.challenge.CitizenRequests.SuggestionRequest;
import org.civiclab.challenge.CitizenRequests.SupportRequest;
import org.civiclab.challenge.Citizens.Citizen;
import org.civiclab.challenge.Citizens.Token;
import org.civiclab.challenge.Citizens.TokenKind;
import org.civiclab.notification.CitizenMails;
import org.civiclab.web.Problems;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Residents take part in public challenges without an account: they suggest and support,
 * each confirmed by a link mailed to them, and they leave with the erasure link in every
 * mail. A suggestion is published only once a lab lead approves it ({@link Moderation});
 * a support counts once confirmed, once per address. Limits and the honeypot keep spam
 * out (docs/adr/0040-challenges.md).
 */
@Service
class Participation {

	private final ChallengeRepository challenges;

	private final SuggestionRepository suggestions;

	private final Citizens citizens;

	private final CitizenMails mails;

	private final CitizenThrottle throttle;

	private final CitizenProperties limits;

	private final JdbcTemplate jdbc;

	Participation(ChallengeRepository challenges, SuggestionRepository suggestions, Citizens citizens,
			CitizenMails mails, CitizenThrottle throttle, CitizenProperties limits, JdbcTemplate jdbc) {
		this.challenges = challenges;
		this.suggestions = suggestions;
		this.citizens = citizens;
		this.mails = mails;
		this.throttle = throttle;
		this.limits = limits;
		this.jdbc = jdbc;
	}

	/**
	 * A suggestion, waiting for its address to be confirmed; nothing if it is a robot's.
	 */
	@Transactional
	void suggest(Long challengeId, SuggestionRequest request, String client) {
		Challenge challenge = publicChallenge(challengeId);
		this.throttle.count(this.limits.requests(), client);
		if (isRobot(request.website())) {
			return;
		}
		if (!challenge.takesSuggestions(Instant.now())) {
			throw Problems.conflict("challenge.not-taking-suggestions", challenge.getTitle());
		}
		this.throttle.count(this.limits.suggestions(), Citizens.normalised(request.email()));
		Citizen citizen = this.citizens.of(request.email(), request.language());
		Suggestion suggestion = this.suggestions.saveAndFlush(new Suggestion(challengeId, citizen.id(), request.title(),
				request.text(), request.name(), request.credit()));
		mail(citizen, CitizenMails.Kind.CONFIRM_SUGGESTION,
				this.citizens.issue(citizen.id(), TokenKind.SUGGESTION, suggestion.getId()), suggestion.getTitle(),
				challenge.getTitle());
	}

	/**
	 * A support of a published suggestion, counted once confirmed. An address that
	 * supports it already gets no mail and the same answer: nobody learns whether an
	 * address supported.
	 */
	@Transactional
	void support(Long suggestionId, SupportRequest request, String client) {
		Suggestion suggestion = this.suggestions.findById(suggestionId)
			.filter((found) -> found.getStatus() == SuggestionStatus.APPROVED)
			.orElseThrow(() -> Problems.notFound("suggestion.not-found", suggestionId));
		Challenge challenge = publicChallenge(suggestion.getChallengeId());
		this.throttle.count(this.limits.requests(), client);
		if (isRobot(request.website())) {
			return;
		}
		if (!challenge.takesSuggestions(Instant.now())) {
			throw Problems.conflict("challenge.not-taking-suggestions", challenge.getTitle());
		}
		this.throttle.count(this.limits.supports(), Citizens.normalised(request.email()));
		Citizen citizen = this.citizens.of(request.email(), request.language());
		Boolean confirmed = this.jdbc
			.query("select confirmed_at is not null from suggestion_support where suggestion_id = ? and citizen_id = ?",
					(row, n) -> row.getBoolean(1), suggestionId, citizen.id())
			.stream()
			.findFirst()
			.orElse(null);
		if (Boolean.TRUE.equals(confirmed)) {
			return;
		}
		if (confirmed == null) {
			this.jdbc.update("insert into suggestion_support (suggestion_id, citizen_id, created_at) values (?, ?, ?)",
					suggestionId, citizen.id(), Timestamp.from(Instant.now()));
		}
		mail(citizen, CitizenMails.Kind.CONFIRM_SUPPORT,
				this.citizens.issue(citizen.id(), TokenKind.SUPPORT, suggestionId), suggestion.getTitle(),
				challenge.getTitle());
	}

	/** A confirmation link: the suggestion goes to moderation, or the support counts. */
	@Transactional
	AddressConfirmed confirm(String tokenText) {
		Token token = this.citizens.token(tokenText)
			.filter((found) -> found.kind() != TokenKind.ERASURE)
			.orElseThrow(() -> Problems.notFound("citizen.link-unknown"));
		if (token.used()) {
			throw Problems.gone("citizen.link-used");
		}
		this.citizens.use(token);
		Suggestion suggestion = this.suggestions.findById(token.suggestionId()).orElseThrow();
		if (token.kind() == TokenKind.SUGGESTION) {
			suggestion.confirmed();
		}
		else {
			this.jdbc.update("""
					update suggestion_support set confirmed_at = ?
					where suggestion_id = ? and citizen_id = ? and confirmed_at is null""",
					Timestamp.from(Instant.now()), suggestion.getId(), token.citizenId());
		}
		return new AddressConfirmed(token.kind(), suggestion.getChallengeId());
	}

	/** Mails a resident, with a new erasure link. */
	void mail(Citizen citizen, CitizenMails.Kind kind, String confirmToken, Object... arguments) {
		String erase = this.citizens.issue(citizen.id(), TokenKind.ERASURE, null);
		this.mails.send(citizen.email(), citizen.language(), kind, confirmToken, erase, arguments);
	}

	private Challenge publicChallenge(Long challengeId) {
		return this.challenges.findById(challengeId)
			.filter((challenge) -> challenge.getAudience() == Audience.PUBLIC)
			.orElseThrow(() -> Challenges.notFound(challengeId));
	}

	private static boolean isRobot(String website) {
		return website != null && !website.isEmpty();
	}

}
