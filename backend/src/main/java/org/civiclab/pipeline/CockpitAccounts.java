package org.civiclab.pipeline;

import java.util.List;
import java.util.Optional;

/**
 * CivicLab's admins as the engine's cockpit knows them (docs/adr/0027): the engine reads
 * its users from here, and nobody else can sign in to it. The {@code people} package
 * answers; the engine stays behind this package.
 */
public interface CockpitAccounts {

	/** Who may use the cockpit now: every active admin. */
	List<Account> admins();

	/** This person, if they may use the cockpit now. */
	Optional<Account> admin(String username);

	/**
	 * Whether this is an active admin's own password, checked as CivicLab's sign-in
	 * checks it (the same hashes and the same throttle).
	 */
	boolean checkPassword(String username, String password);

	/** A cockpit user: a CivicLab username and how the cockpit shows them. */
	record Account(String username, String firstName, String lastName, String email) {
	}

}
