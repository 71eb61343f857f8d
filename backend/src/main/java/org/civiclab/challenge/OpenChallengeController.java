package org.civiclab.challenge;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;

import org.civiclab.challenge.CitizenRequests.CheckYourMail;
import org.civiclab.challenge.CitizenRequests.AddressConfirmed;
import org.civiclab.challenge.CitizenRequests.ResidentDataErased;
import org.civiclab.challenge.CitizenRequests.SuggestionRequest;
import org.civiclab.challenge.CitizenRequests.SupportRequest;
import org.civiclab.challenge.OpenChallenges.OpenChallenge;
import org.civiclab.challenge.OpenChallenges.OpenChallengePage;

import org.springframework.core.io.ClassPathResource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
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

	private static final ClassPathResource SCHEMA = new ClassPathResource("opendata/challenges.schema.json");

	private final OpenChallenges open;

	private final Participation participation;

	private final CitizenErasure erasure;

	OpenChallengeController(OpenChallenges open, Participation participation, CitizenErasure erasure) {
		this.open = open;
		this.participation = participation;
		this.erasure = erasure;
	}

	/**
	 * List the public challenges. Open, in review and closed, with their approved
	 * suggestions: open data, as challenges.schema.json describes it, with no personal
	 * data.
	 */
	@GetMapping("/challenges")
	List<OpenChallenge> listPublicChallenges() {
		return this.open.list();
	}

	/**
	 * Read the challenges' JSON Schema. The published schema that describes the public
	 * challenges of the open data.
	 */
	@GetMapping(path = "/schema/challenges.json", produces = "application/schema+json")
	ResponseEntity<String> publicChallengesSchema() throws IOException {
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType("application/schema+json"))
			.body(SCHEMA.getContentAsString(StandardCharsets.UTF_8));
	}

	/**
	 * Read a public challenge. With its approved suggestions and their supports; any
	 * other challenge answers 404.
	 */
	@GetMapping("/challenges/{challengeId}")
	OpenChallengePage readPublicChallenge(@PathVariable Long challengeId) {
		return this.open.page(challengeId);
	}

	/**
	 * Suggest an answer to a public challenge. The resident is mailed a link to confirm
	 * their address; once confirmed the suggestion waits for moderation. Limited per
	 * address and client (429 with Retry-After).
	 */
	@PostMapping("/challenges/{challengeId}/suggestions")
	@ResponseStatus(HttpStatus.ACCEPTED)
	CheckYourMail suggestToChallenge(@PathVariable Long challengeId, @Valid @RequestBody SuggestionRequest request,
			HttpServletRequest http) {
		this.participation.suggest(challengeId, request, http.getRemoteAddr());
		return CheckYourMail.CHECK_YOUR_MAIL;
	}

	/**
	 * Support a published suggestion. Counted once the address is confirmed by the mailed
	 * link, once per address; the answer is the same whether or not it supported before.
	 */
	@PostMapping("/suggestions/{suggestionId}/supports")
	@ResponseStatus(HttpStatus.ACCEPTED)
	CheckYourMail supportSuggestion(@PathVariable Long suggestionId, @Valid @RequestBody SupportRequest request,
			HttpServletRequest http) {
		this.participation.support(suggestionId, request, http.getRemoteAddr());
		return CheckYourMail.CHECK_YOUR_MAIL;
	}

	/** Confirm an address. By the link of a mail: a suggestion or a support. */
	@PostMapping("/confirmations/{confirmationToken}")
	AddressConfirmed confirmAddress(@PathVariable String confirmationToken) {
		return this.participation.confirm(confirmationToken);
	}

	/**
	 * Erase one's data. By the link in every mail to a resident: their address and name,
	 * everywhere.
	 */
	@PostMapping("/erasures/{erasureToken}")
	ResidentDataErased eraseResidentData(@PathVariable String erasureToken) {
		this.erasure.byLink(erasureToken);
		return ResidentDataErased.ERASED;
	}

}
