package org.civiclab.people;

import java.util.Collection;
import java.util.List;

import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finds the signed-in person of the current request.
 */
@Component
public class CurrentUsers {

	private final PersonRepository people;

	CurrentUsers(PersonRepository people) {
		this.people = people;
	}

	@Transactional(readOnly = true)
	public CurrentUser current() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || !authentication.isAuthenticated()) {
			throw new AuthenticationCredentialsNotFoundException("Not signed in");
		}
		// A session begun before the person was deactivated no longer counts.
		return this.people.findByUsername(authentication.getName())
			.filter(Person::isActive)
			.map(CurrentUser::of)
			.orElseThrow(() -> new AuthenticationCredentialsNotFoundException("Not signed in"));
	}

	/** The people of an organisation who can sign in, as the rules see them. */
	@Transactional(readOnly = true)
	public List<CurrentUser> membersOf(Long organisationId) {
		return this.people.findEnabledByOrganisation(organisationId).stream().map(CurrentUser::of).toList();
	}

	/**
	 * The people of an organisation who can sign in and hold one of these roles or are
	 * named here: those who could pass a gate, without reading everyone.
	 */
	@Transactional(readOnly = true)
	public List<CurrentUser> candidatesOf(Long organisationId, Collection<Role> roles, Collection<String> usernames) {
		// Never an empty list: "in ()" is no SQL every database takes.
		List<Person> found;
		if (roles.isEmpty()) {
			found = usernames.isEmpty() ? List.of()
					: this.people.findEnabledByOrganisationAndUsernames(organisationId, usernames);
		}
		else {
			found = this.people.findEnabledCandidates(organisationId, roles,
					usernames.isEmpty() ? List.of("") : usernames);
		}
		return found.stream().map(CurrentUser::of).toList();
	}

	@Transactional(readOnly = true)
	public CurrentUser byUsername(String username) {
		return this.people.findByUsername(username)
			.map(CurrentUser::of)
			.orElseThrow(() -> new AuthenticationCredentialsNotFoundException("Unknown user " + username));
	}

}
