package org.civiclab.challenge;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.civiclab.people.CurrentUsers;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Challenges for staff: open one, read and list those the reader may see, edit it while
 * it is open, close it with a summary of what came of it (docs/challenges-api.md).
 */
@RestController
@RequestMapping("/api/challenges")
class ChallengeController {

	private final Challenges challenges;

	private final CurrentUsers currentUsers;

	ChallengeController(Challenges challenges, CurrentUsers currentUsers) {
		this.challenges = challenges;
		this.currentUsers = currentUsers;
	}

	/** What came of a challenge, and the version that was read. */
	record ClosingRequest(@NotBlank @Size(max = 4000) String summary, @NotNull Long version) {
	}

	/**
	 * List challenges. Those the reader may see: their organisation's, the region's, the
	 * public ones; the ones closing last first.
	 */
	@GetMapping
	List<ChallengeSummary> listChallenges() {
		return this.challenges.list(this.currentUsers.current());
	}

	/**
	 * Open a challenge. A lab lead or an executive puts a problem out to their
	 * organisation's staff, the region or the public until its closing time; its process
	 * starts.
	 */
	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	ChallengeView openChallenge(@Valid @RequestBody ChallengeRequest request) {
		return this.challenges.create(request, this.currentUsers.current());
	}

	/**
	 * Read a challenge. With the ideas that answer it that the reader may see; one the
	 * reader may not see answers 404, exactly as one that does not exist.
	 */
	@GetMapping("/{challengeId}")
	ChallengeView readChallenge(@PathVariable Long challengeId) {
		return this.challenges.read(challengeId, this.currentUsers.current());
	}

	/**
	 * Edit a challenge. While it is open, by its organisation's lab leads and executives;
	 * send the version that was read (a changed challenge answers 409).
	 */
	@PutMapping("/{challengeId}")
	ChallengeView editChallenge(@PathVariable Long challengeId, @Valid @RequestBody ChallengeRequest request) {
		return this.challenges.edit(challengeId, request, this.currentUsers.current());
	}

	/**
	 * Close a challenge. With a summary of what came of it: completes the review of its
	 * responses, or closes it early while it is open.
	 */
	@PostMapping("/{challengeId}/closing")
	ChallengeView closeChallenge(@PathVariable Long challengeId, @Valid @RequestBody ClosingRequest request) {
		return this.challenges.close(challengeId, request.summary(), request.version(), this.currentUsers.current());
	}

}
