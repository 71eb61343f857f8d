package org.civiclab.scim;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.civiclab.people.OrganisationRepository;
import org.civiclab.people.Person;
import org.civiclab.people.PersonRepository;
import org.civiclab.people.Role;
import org.civiclab.people.SignedInSessions;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The people an organisation's directory provisions through SCIM (docs/adr/0025): made,
 * brought up to date, deactivated and deleted by it. A deleted person is deactivated and
 * kept, with their history; their sessions end at once. Every person it makes is an
 * intrapreneur (any employee); its groups add the other roles ({@link ScimGroups}).
 */
@Service
class ScimUsers {

	private final ScimUserRepository users;

	private final PersonRepository people;

	private final OrganisationRepository organisations;

	private final SignedInSessions sessions;

	ScimUsers(ScimUserRepository users, PersonRepository people, OrganisationRepository organisations,
			SignedInSessions sessions) {
		this.users = users;
		this.people = people;
		this.organisations = organisations;
		this.sessions = sessions;
	}

	@Transactional
	ObjectNode create(Long organisationId, JsonNode body) {
		ScimUserAttributes attributes = ScimUserAttributes.of(body);
		attributes.check();
		if (this.people.findByUsername(attributes.userName).isPresent()) {
			throw ScimException.uniqueness("userName " + attributes.userName + " is taken");
		}
		// No password: a directory's people sign in with single sign-on (or a token).
		Person person = this.people.save(new Person(attributes.userName, "-", attributes.shownName(),
				this.organisations.getReferenceById(organisationId), null, EnumSet.of(Role.INTRAPRENEUR)));
		ScimUser user = this.users.save(new ScimUser(person));
		apply(user, attributes);
		return ScimUserJson.of(user);
	}

	@Transactional(readOnly = true)
	ObjectNode read(Long organisationId, Long id) {
		return ScimUserJson.of(find(organisationId, id));
	}

	/** One page of the directory's people, or the one with this user name. */
	@Transactional(readOnly = true)
	ObjectNode list(Long organisationId, String filter, int startIndex, int count) {
		List<ScimUser> found = ScimJson.equalityOn("userName", filter)
			.map((userName) -> this.users.findByUserName(organisationId, userName).stream().toList())
			.orElseGet(() -> this.users.findAllOf(organisationId));
		int from = Math.min(Math.max(startIndex, 1) - 1, found.size());
		int to = Math.min(from + Math.max(count, 0), found.size());
		return ScimJson.list(found.subList(from, to).stream().map(ScimUserJson::of).toList(), found.size(), from + 1);
	}

	@Transactional
	ObjectNode replace(Long organisationId, Long id, JsonNode body) {
		ScimUser user = find(organisationId, id);
		ScimUserAttributes attributes = ScimUserAttributes.of(body);
		attributes.check();
		apply(user, attributes);
		return ScimUserJson.of(user);
	}

	@Transactional
	ObjectNode patch(Long organisationId, Long id, JsonNode body) {
		ScimUser user = find(organisationId, id);
		ScimUserAttributes attributes = ScimUserJson.attributesOf(user);
		attributes.patch(body);
		attributes.check();
		apply(user, attributes);
		return ScimUserJson.of(user);
	}

	/**
	 * Deprovisions: the person can no longer sign in, their sessions end, and SCIM no
	 * longer finds them; everything they did stays.
	 */
	@Transactional
	void delete(Long organisationId, Long id) {
		ScimUser user = find(organisationId, id);
		deactivate(user.person());
		user.delete(Instant.now());
	}

	private ScimUser find(Long organisationId, Long id) {
		return this.users.findOf(organisationId, id)
			.orElseThrow(() -> ScimException.notFound("No user " + id + " in this directory"));
	}

	private void apply(ScimUser user, ScimUserAttributes attributes) {
		Person person = user.person();
		if (!person.getUsername().equals(attributes.userName)) {
			throw ScimException.mutability("userName cannot change in CivicLab");
		}
		person.updateFromDirectory(attributes.shownName(), attributes.email);
		user.name(attributes.externalId, attributes.givenName, attributes.familyName);
		if (!attributes.active) {
			deactivate(person);
		}
		else if (!person.isActive()) {
			person.reactivate();
		}
	}

	private void deactivate(Person person) {
		if (person.isActive()) {
			person.deactivate();
		}
		// Every session ends at once, on every node (a token is refused at its next use).
		this.sessions.endAllOf(person.getUsername());
	}

}
