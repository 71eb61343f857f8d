package org.civiclab.people;

import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.civiclab.audit.AuditLog;
import org.civiclab.people.Invitations.Issued;
import org.civiclab.web.Problems;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An admin's work on people: list, invite, change, deactivate and reactivate, each as
 * {@link Administration} allows. Another organisation's person answers 404 to an
 * organisation's admin; a deactivated person's sessions end at once.
 */
@Service
class PeopleAdministration {

	/** What an admin may set of a person CivicLab owns. */
	record PersonChange(String displayName, String email, String department, Set<Role> roles, Long organisationId,
			Long version) {
	}

	/** A new person, and the link for them to set their password (shown once). */
	record Invited(PersonView person, Issued invitation) {
	}

	private final PersonRepository people;

	private final OrganisationRepository organisations;

	private final Invitations invitations;

	private final SignedInSessions sessions;

	private final AuditLog audit;

	private final AdminScope scope;

	PeopleAdministration(PersonRepository people, OrganisationRepository organisations, Invitations invitations,
			SignedInSessions sessions, AuditLog audit, AdminScope scope) {
		this.people = people;
		this.organisations = organisations;
		this.invitations = invitations;
		this.sessions = sessions;
		this.audit = audit;
		this.scope = scope;
	}

	@Transactional(readOnly = true)
	List<PersonView> list(CurrentUser admin, Long organisationId, boolean erased) {
		List<Person> found;
		if (organisationId != null) {
			this.scope.requireAdministers(admin, organisationId);
			found = this.people.findAllForAdministration(organisationId);
		}
		else {
			this.scope.requireAdmin(admin);
			found = Administration.administersInstallation(admin) ? this.people.findAllForAdministration()
					: this.people.findAllForAdministration(admin.organisationId());
		}
		Set<Long> invited = this.invitations.pending();
		return found.stream()
			.filter((person) -> erased || !person.isErased())
			.map((person) -> PersonView.of(person, !person.hasPassword() && invited.contains(person.getId())))
			.toList();
	}

	@Transactional
	Invited invite(CurrentUser admin, String username, PersonChange change) {
		this.scope.requireAdmin(admin);
		Long organisationId = (change.organisationId() != null) ? change.organisationId() : admin.organisationId();
		Organisation organisation = organisationFor(admin, organisationId);
		checkRoles(admin, organisationId, EnumSet.noneOf(Role.class), change.roles());
		if (this.people.existsByUsernameIgnoreCase(username)) {
			throw Problems.invalid("username", "person.username-taken");
		}
		Person person = new Person(username, OidcPeople.NO_PASSWORD, change.displayName(), organisation,
				change.department(), change.roles());
		person.setEmail(change.email());
		person = this.people.saveAndFlush(person);
		Issued invitation = this.invitations.issue(person);
		this.audit.record(admin.username(), "PERSON_INVITED", "person", person.getId(), null, username);
		return new Invited(PersonView.of(person, true), invitation);
	}

	@Transactional
	PersonView update(CurrentUser admin, Long id, PersonChange change) {
		Person person = managed(admin, id);
		if (change.version() == null) {
			throw Problems.invalid("version", "person.version-needed");
		}
		if (change.version() != person.getVersion()) {
			throw Problems.stale(person.getVersion(), "record.stale", person.getDisplayName());
		}
		if (!person.getProvisionedBy().isEditable()) {
			throw Problems.conflict("person.provisioned", person.getDisplayName(), person.getProvisionedBy());
		}
		Long organisationId = person.getOrganisation().getId();
		if (change.organisationId() != null && !change.organisationId().equals(organisationId)) {
			this.scope.requireAdministersInstallation(admin, "person.move-region-admin-only");
			person.moveTo(organisationFor(admin, change.organisationId()));
			organisationId = change.organisationId();
		}
		checkRoles(admin, organisationId, person.getRoles(), change.roles());
		if (Objects.equals(person.getId(), admin.id()) && !Administration.isAdmin(asHolding(admin, change.roles()))) {
			throw Problems.invalid("roles", "person.own-administration");
		}
		person.edit(change.displayName(), change.email(), change.department(), change.roles());
		this.audit.record(admin.username(), "PERSON_CHANGED", "person", id, null, person.getUsername());
		return view(this.people.saveAndFlush(person));
	}

	/** They left: no more sign-in, every session ends now; what they did stays. */
	@Transactional
	PersonView deactivate(CurrentUser admin, Long id) {
		Person person = managed(admin, id);
		if (Objects.equals(person.getId(), admin.id())) {
			throw Problems.conflict("person.deactivate-self");
		}
		person.deactivate();
		this.invitations.revoke(person);
		this.sessions.endAllOf(person.getUsername());
		this.audit.record(admin.username(), "PERSON_DEACTIVATED", "person", id, null, person.getUsername());
		return view(this.people.saveAndFlush(person));
	}

	@Transactional
	PersonView reactivate(CurrentUser admin, Long id) {
		Person person = managed(admin, id);
		person.reactivate();
		this.audit.record(admin.username(), "PERSON_REACTIVATED", "person", id, null, person.getUsername());
		return view(this.people.saveAndFlush(person));
	}

	/** A new link to set a password, replacing the old one, for someone CivicLab owns. */
	@Transactional
	Issued reinvite(CurrentUser admin, Long id) {
		Person person = managed(admin, id);
		if (!person.getProvisionedBy().isEditable() || !person.isActive()) {
			throw Problems.conflict("person.not-invitable", person.getDisplayName());
		}
		this.audit.record(admin.username(), "PERSON_INVITED", "person", id, null, person.getUsername());
		return this.invitations.issue(person);
	}

	private PersonView view(Person person) {
		return PersonView.of(person, !person.hasPassword() && this.invitations.isPending(person));
	}

	/**
	 * A person the admin may change: 404 if they may not see them, 403 for a region's
	 * admin.
	 */
	private Person managed(CurrentUser admin, Long id) {
		this.scope.requireAdmin(admin);
		Person person = this.people.findById(id)
			.filter((found) -> Administration.administers(admin, found.getOrganisation().getId()))
			.orElseThrow(() -> Problems.notFound("person.not-found", id));
		if (!Administration.manages(admin, person.getOrganisation().getId(), person.getRoles())) {
			throw Problems.forbidden("person.region-admin-only");
		}
		return person;
	}

	private Organisation organisationFor(CurrentUser admin, Long organisationId) {
		return this.organisations.findById(organisationId)
			.filter((found) -> Administration.administers(admin, found.getId()))
			.orElseThrow(() -> Problems.invalid("organisationId", "person.organisation-not-administered"));
	}

	private static void checkRoles(CurrentUser admin, Long organisationId, Set<Role> before, Set<Role> after) {
		if (!Administration.maySetRoles(admin, organisationId, before, after)) {
			throw Problems.forbidden("person.region-role-only");
		}
	}

	private static CurrentUser asHolding(CurrentUser user, Set<Role> roles) {
		return new CurrentUser(user.id(), user.username(), user.displayName(), user.organisationId(), user.department(),
				roles);
	}

}
