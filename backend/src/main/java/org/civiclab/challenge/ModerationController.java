package org.civiclab.challenge;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.civiclab.challenge.Moderation.MadeIdea;
import org.civiclab.challenge.Moderation.ModeratedSuggestion;
import org.civiclab.people.CurrentUsers;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Residents' suggestions, moderated by the lab leads of the challenge's organisation:
 * never with the resident's e-mail address.
 */
@RestController
class ModerationController {

	private final Moderation moderation;

	private final CurrentUsers currentUsers;

	ModerationController(Moderation moderation, CurrentUsers currentUsers) {
		this.moderation = moderation;
		this.currentUsers = currentUsers;
	}

	/** Why a suggestion is not published: the resident is mailed this. */
	record RejectionRequest(@NotBlank @Size(max = 1000) String reason) {
	}

	/** Nothing: approving needs no more than the suggestion. */
	record ApprovalRequest() {
	}

	/**
	 * List a challenge's suggestions. The confirmed ones, pending, approved or rejected,
	 * with their supports; for its moderators.
	 */
	@GetMapping("/api/challenges/{challengeId}/suggestions")
	List<ModeratedSuggestion> listSuggestions(@PathVariable Long challengeId) {
		return this.moderation.list(challengeId, this.currentUsers.current());
	}

	/** Approve a suggestion. It is published on the challenge's public page. */
	@PostMapping("/api/suggestions/{suggestionId}/approval")
	ModeratedSuggestion approveSuggestion(@PathVariable Long suggestionId,
			@Valid @RequestBody(required = false) ApprovalRequest request) {
		return this.moderation.approve(suggestionId, this.currentUsers.current());
	}

	/** Reject a suggestion. It is not published; the resident is mailed the reason. */
	@PostMapping("/api/suggestions/{suggestionId}/rejection")
	ModeratedSuggestion rejectSuggestion(@PathVariable Long suggestionId,
			@Valid @RequestBody RejectionRequest request) {
		return this.moderation.reject(suggestionId, request.reason(), this.currentUsers.current());
	}

	/**
	 * Turn a suggestion into an idea. An approved suggestion becomes a submitted idea of
	 * the lab lead's organisation that answers the challenge and credits the resident if
	 * they agreed; the resident is mailed when it passes screening.
	 */
	@PostMapping("/api/suggestions/{suggestionId}/idea")
	@ResponseStatus(HttpStatus.CREATED)
	MadeIdea turnSuggestionIntoIdea(@PathVariable Long suggestionId) {
		return this.moderation.toIdea(suggestionId, this.currentUsers.current());
	}

}
