package org.civiclab.challenge;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;

import org.civiclab.challenge.CitizenRequests.Accepted;
import org.civiclab.challenge.CitizenRequests.Confirmed;
import org.civiclab.challenge.CitizenRequests.Erased;
import org.civiclab.challenge.CitizenRequests.SuggestionRequest;
import org.civiclab.challenge.CitizenRequests.SupportRequest;
import org.civiclab.challenge.OpenChallenges.OpenChallenge;
import org.civiclab.challenge.OpenChallenges.OpenChallengePage;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Public challenges for residents, no sign-in (docs/adr/0040-challenges.md): read them
 * with their approved suggestions; suggest and support with an e-mail address confirmed
 * by a mailed link; erase one's data with the link in every mail.
 */
@RestController
@RequestMapping("/api/open")
class OpenChallengeController {

	private final OpenChallenges open;

	private final Participation participation;

	private final CitizenErasure erasure;

	OpenChallengeController(OpenChallenges open, Participation participation, CitizenErasure erasure) {
		this.open = open;
		this.participation = participation;
		this.erasure = erasure;
	}

	/** List the public challenges. Open, in review and closed; no personal data. */
	@GetMapping("/challenges")
	List<OpenChallenge> challenges() {
		return this.open.list();
	}

	/**
	 * Read a public challenge. With its approved suggestions and their supports; any
	 * other challenge answers 404.
	 */
	@GetMapping("/challenges/{challengeId}")
	OpenChallengePage challenge(@PathVariable Long challengeId) {
		return this.open.page(challengeId);
	}

	/**
	 * Suggest an answer to a public challenge. The resident is mailed a link to confirm
	 * their address; once confirmed the suggestion waits for moderation. Limited per
	 * address and client (429 with Retry-After).
	 */
	@PostMapping("/challenges/{challengeId}/suggestions")
	@ResponseStatus(HttpStatus.ACCEPTED)
	Accepted suggest(@PathVariable Long challengeId, @Valid @RequestBody SuggestionRequest request,
			HttpServletRequest http) {
		this.participation.suggest(challengeId, request, http.getRemoteAddr());
		return Accepted.CHECK_YOUR_MAIL;
	}

	/**
	 * Support a published suggestion. Counted once the address is confirmed by the mailed
	 * link, once per address; the answer is the same whether or not it supported before.
	 */
	@PostMapping("/suggestions/{suggestionId}/supports")
	@ResponseStatus(HttpStatus.ACCEPTED)
	Accepted support(@PathVariable Long suggestionId, @Valid @RequestBody SupportRequest request,
			HttpServletRequest http) {
		this.participation.support(suggestionId, request, http.getRemoteAddr());
		return Accepted.CHECK_YOUR_MAIL;
	}

	/** Confirm an address. By the link of a mail: a suggestion or a support. */
	@PostMapping("/confirmations/{token}")
	Confirmed confirm(@PathVariable String token) {
		return this.participation.confirm(token);
	}

	/**
	 * Erase one's data. By the link in every mail to a resident: their address and name,
	 * everywhere.
	 */
	@PostMapping("/erasures/{token}")
	Erased erase(@PathVariable String token) {
		this.erasure.byLink(token);
		return Erased.ERASED;
	}

}
