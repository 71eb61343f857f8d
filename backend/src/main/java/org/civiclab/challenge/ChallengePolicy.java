package org.civiclab.challenge;

import org.civiclab.people.CurrentUser;
import org.civiclab.people.Role;

/**
 * Who may see and do what with a challenge: the one rulebook the challenge services ask
 * (docs/adr/0040-challenges.md). Pure: it reads only what it is given.
 * <ul>
 * <li>a staff challenge is read by the staff of its organisation, a region challenge by
 * the staff of every organisation of the installation, a public one by anyone;
 * <li>the lab leads and executives of its organisation open, edit and close it;
 * <li>its organisation's lab leads moderate residents' suggestions and turn them into
 * ideas;
 * <li>whoever may read it answers it with an idea while it is open.
 * </ul>
 */
final class ChallengePolicy {

	private ChallengePolicy() {
	}

	/** What the rules need to know of a challenge. */
	record Facts(Long organisationId, Audience audience) {
	}

	static boolean mayRead(CurrentUser user, Facts challenge) {
		return switch (challenge.audience()) {
			case PUBLIC -> true;
			case REGION -> !user.isAnonymous();
			case STAFF -> isMember(user, challenge);
		};
	}

	/** Opening a challenge: a lab lead or an executive, for their own organisation. */
	static boolean mayOpen(CurrentUser user) {
		return !user.isAnonymous() && (user.has(Role.LAB_LEAD) || user.has(Role.EXECUTIVE));
	}

	static boolean mayManage(CurrentUser user, Facts challenge) {
		return isMember(user, challenge) && mayOpen(user);
	}

	static boolean mayModerate(CurrentUser user, Facts challenge) {
		return isMember(user, challenge) && user.has(Role.LAB_LEAD);
	}

	static boolean isMember(CurrentUser user, Facts challenge) {
		return user.organisationId() != null && user.organisationId().equals(challenge.organisationId());
	}

}
