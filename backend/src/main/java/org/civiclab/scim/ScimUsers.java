package org.civiclab.scim;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.unboundid.scim2.common.exceptions.BadRequestException;
import com.unboundid.scim2.common.exceptions.ResourceConflictException;
import com.unboundid.scim2.common.exceptions.ResourceNotFoundException;
import com.unboundid.scim2.common.exceptions.ScimException;
import com.unboundid.scim2.common.messages.ListResponse;
import com.unboundid.scim2.common.types.UserResource;
import com.unboundid.scim2.common.utils.JsonUtils;

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
@Transactional(rollbackFor = ScimException.class)
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

	UserResource create(Long organisationId, JsonNode body) throws ScimException {
		ScimUserResources.Kept kept = ScimUserResources.kept(ScimJson.read(body, UserResource.class));
		if (this.people.findByUsername(kept.userName()).isPresent()) {
			throw ResourceConflictException.uniqueness("userName " + kept.userName() + " is taken");
		}
		// No password: a directory's people sign in with single sign-on (or a token).
		Person person = this.people.save(new Person(kept.userName(), "-", kept.shownName(),
				this.organisations.getReferenceById(organisationId), null, EnumSet.of(Role.INTRAPRENEUR)));
		ScimUser user = this.users.save(new ScimUser(person));
		apply(user, kept);
		return ScimUserResources.of(user);
	}

	@Transactional(readOnly = true)
	UserResource read(Long organisationId, Long id) throws ScimException {
		return ScimUserResources.of(find(organisationId, id));
	}

	/** One page of the directory's people the filter finds (the SDK evaluates it). */
	@Transactional(readOnly = true)
	ListResponse<UserResource> list(Long organisationId, String filter, Integer startIndex, Integer count)
			throws ScimException {
		ScimFilters filters = ScimFilters.parse(filter, ScimFilters.USER_ATTRIBUTES);
		List<UserResource> all = filters.equalityOn("userName")
			.map((userName) -> this.users.findByUserName(organisationId, userName).stream().toList())
			.orElseGet(() -> this.users.findAllOf(organisationId))
			.stream()
			.map(ScimUserResources::of)
			.toList();
		return ScimPages.of(filters.select(all, JsonUtils::valueToNode), startIndex, count);
	}

	UserResource replace(Long organisationId, Long id, JsonNode body, String ifMatch) throws ScimException {
		ScimUser user = find(organisationId, id);
		ScimVersions.check(ifMatch, ScimUserResources.of(user));
		apply(user, ScimUserResources.kept(ScimJson.read(body, UserResource.class)));
		return ScimUserResources.of(user);
	}

	/** Applies the PATCH to the user resource as it is (the SDK does), and keeps that. */
	UserResource patch(Long organisationId, Long id, JsonNode body, String ifMatch) throws ScimException {
		ScimUser user = find(organisationId, id);
		UserResource current = ScimUserResources.of(user);
		ScimVersions.check(ifMatch, current);
		var patched = ScimPatches.apply(body, current.asGenericScimResource());
		apply(user, ScimUserResources.kept(ScimJson.read(patched.getObjectNode(), UserResource.class)));
		return ScimUserResources.of(user);
	}

	/**
	 * Deprovisions: the person can no longer sign in, their sessions end, and SCIM no
	 * longer finds them; everything they did stays.
	 */
	void delete(Long organisationId, Long id, String ifMatch) throws ScimException {
		ScimUser user = find(organisationId, id);
		ScimVersions.check(ifMatch, ScimUserResources.of(user));
		deactivate(user.person());
		user.delete(Instant.now());
	}

	private ScimUser find(Long organisationId, Long id) throws ResourceNotFoundException {
		return this.users.findOf(organisationId, id)
			.orElseThrow(() -> new ResourceNotFoundException("No user " + id + " in this directory"));
	}

	private void apply(ScimUser user, ScimUserResources.Kept kept) throws BadRequestException {
		Person person = user.person();
		if (!person.getUsername().equals(kept.userName())) {
			throw BadRequestException.mutability("userName cannot change in CivicLab");
		}
		person.updateFromDirectory(kept.shownName(), kept.email());
		user.name(kept.externalId(), kept.givenName(), kept.familyName());
		if (!kept.active()) {
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
