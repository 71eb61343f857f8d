package org.civiclab.idea;

import java.util.Optional;

import org.civiclab.people.CurrentUser;

/**
 * The challenges ideas answer, as the challenge package knows them: which one a person
 * may answer now, and which one a reader may know of (docs/adr/0040-challenges.md).
 */
public interface ChallengeLinks {

	/** A challenge an idea answers: its id and title. */
	record LinkedChallenge(Long id, String title) {
	}

	/** The challenge, if the person may answer it with an idea now (it is open). */
	Optional<LinkedChallenge> answerable(Long challengeId, CurrentUser user);

	/** The challenge, if the reader may know of it. */
	Optional<LinkedChallenge> readable(Long challengeId, CurrentUser user);

}
