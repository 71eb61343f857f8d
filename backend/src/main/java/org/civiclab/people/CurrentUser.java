package org.civiclab.people;

import java.util.Set;

import org.springframework.lang.Nullable;

/**
 * The person behind the current request, as the services need them.
 */
public record CurrentUser(Long id, String username, String displayName, Long organisationId,
		@Nullable String department, Set<Role> roles) {

	/** Someone who has not signed in: the open data's and public portfolio's reader. */
	public static final CurrentUser ANONYMOUS = new CurrentUser(null, null, null, null, null, Set.of());

	public CurrentUser {
		roles = Set.copyOf(roles);
	}

	public boolean isAnonymous() {
		return this.id == null;
	}

	public boolean has(Role role) {
		return this.roles.contains(role);
	}

	/** The candidate groups of the process model that this user belongs to. */
	public Set<String> groups() {
		return Set.copyOf(this.roles.stream().map(Role::group).toList());
	}

	/** The person as the rules see them. */
	public static CurrentUser of(Person person) {
		return new CurrentUser(person.getId(), person.getUsername(), person.getDisplayName(),
				person.getOrganisation().getId(), person.getDepartment(), person.getRoles());
	}

}
