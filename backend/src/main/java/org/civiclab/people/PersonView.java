package org.civiclab.people;

import java.util.Set;

import io.swagger.v3.oas.annotations.media.Schema;

import org.springframework.lang.Nullable;

/**
 * A person as the admin pages show them.
 *
 * @param editable whether CivicLab owns their name, e-mail, organisation and roles (not
 * an identity provider or a directory)
 * @param invitationPending whether they have a link to set their password that still
 * works
 * @param version for optimistic locking: send it back with a change
 */
@Schema(name = "AdminPerson")
record PersonView(Long id, String username, String displayName, @Nullable String email, Long organisationId,
		String organisationName, @Nullable String department, Set<Role> roles, boolean active,
		Provisioning provisionedBy, boolean editable, boolean invitationPending, long version) {

	static PersonView of(Person person, boolean invitationPending) {
		return new PersonView(person.getId(), person.getUsername(), person.getDisplayName(), person.getEmail(),
				person.getOrganisation().getId(), person.getOrganisation().getName(), person.getDepartment(),
				person.getRoles(), person.isActive(), person.getProvisionedBy(), person.getProvisionedBy().isEditable(),
				invitationPending, person.getVersion());
	}

}
