package org.civiclab.people;

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
		return byUsername(authentication.getName());
	}

	@Transactional(readOnly = true)
	public CurrentUser byUsername(String username) {
		return this.people.findByUsername(username)
			.map(CurrentUser::of)
			.orElseThrow(() -> new AuthenticationCredentialsNotFoundException("Unknown user " + username));
	}

}
