package org.civiclab.scim;

import java.net.URI;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.unboundid.scim2.common.exceptions.BadRequestException;
import com.unboundid.scim2.common.exceptions.ResourceConflictException;
import com.unboundid.scim2.common.exceptions.ResourceNotFoundException;
import com.unboundid.scim2.common.exceptions.ScimException;
import com.unboundid.scim2.common.messages.ListResponse;
import com.unboundid.scim2.common.types.GroupResource;
import com.unboundid.scim2.common.types.Member;
import com.unboundid.scim2.common.utils.JsonUtils;

import org.civiclab.people.Person;
import org.civiclab.people.Role;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * CivicLab's roles as SCIM groups (docs/adr/0025): a directory puts people in the group
 * {@code lab-lead}, {@code executive} or {@code admin} and they hold that role in its
 * organisation. The groups exist already; a directory finds them by name and changes
 * their members: a PATCH or PUT gives the members the group's resource then has (the SDK
 * applies the PATCH), and CivicLab grants and revokes the role to match. Every
 * provisioned person is an intrapreneur; a region's admin is never made by one
 * organisation's directory.
 */
@Service
@Transactional(rollbackFor = ScimException.class)
class ScimGroups {

	static final List<Role> OFFERED = List.of(Role.LAB_LEAD, Role.EXECUTIVE, Role.ADMIN);

	static final String ENDPOINT = "/scim/v2/Groups/";

	private final ScimUserRepository users;

	ScimGroups(ScimUserRepository users) {
		this.users = users;
	}

	/**
	 * The groups the filter finds; {@code displayName eq "LAB_LEAD"} or
	 * {@code "Lab lead"} finds {@code lab-lead} too.
	 */
	@Transactional(readOnly = true)
	ListResponse<GroupResource> list(Long organisationId, String filter, Integer startIndex, Integer count)
			throws ScimException {
		ScimFilters filters = ScimFilters.parse(filter, ScimFilters.GROUP_ATTRIBUTES);
		List<ScimUser> members = this.users.findAllOf(organisationId);
		Optional<String> name = filters.equalityOn("displayName");
		List<GroupResource> found = (name.isPresent())
				? named(name.get()).stream().map((role) -> resource(role, members)).toList() : filters
					.select(OFFERED.stream().map((role) -> resource(role, members)).toList(), JsonUtils::valueToNode);
		return ScimPages.of(found, startIndex, count);
	}

	@Transactional(readOnly = true)
	GroupResource read(Long organisationId, String id) throws ScimException {
		return resource(group(id), this.users.findAllOf(organisationId));
	}

	/** A group can only be one of the roles, which exist already. */
	GroupResource create(JsonNode body) throws ScimException {
		String name = ScimJson.read(body, GroupResource.class).getDisplayName();
		if (name != null && named(name).isPresent()) {
			throw ResourceConflictException.uniqueness("The group " + name + " exists: find it by displayName");
		}
		throw BadRequestException.invalidValue("CivicLab's groups are its roles: lab-lead, executive and admin");
	}

	/** Adds, removes or replaces members (RFC 7644 §3.5.2), as the SDK applies it. */
	GroupResource patch(Long organisationId, String id, JsonNode body, String ifMatch) throws ScimException {
		Role role = group(id);
		GroupResource current = read(organisationId, id);
		ScimVersions.check(ifMatch, current);
		var patched = ScimPatches.apply(body, current.asGenericScimResource());
		return members(organisationId, role, ScimJson.read(patched.getObjectNode(), GroupResource.class));
	}

	/** Replaces the members of the group (PUT). */
	GroupResource replace(Long organisationId, String id, JsonNode body, String ifMatch) throws ScimException {
		Role role = group(id);
		ScimVersions.check(ifMatch, read(organisationId, id));
		return members(organisationId, role, ScimJson.read(body, GroupResource.class));
	}

	/** Gives the role to the group's members in this directory, and to no one else. */
	private GroupResource members(Long organisationId, Role role, GroupResource group) throws ScimException {
		Set<Person> members = new LinkedHashSet<>();
		for (Member member : (group.getMembers() != null) ? group.getMembers() : List.<Member>of()) {
			members.add(person(organisationId, member.getValue()));
		}
		List<ScimUser> all = this.users.findAllOf(organisationId);
		for (ScimUser user : all) {
			Set<Role> roles = EnumSet.copyOf(user.person().getRoles());
			boolean changed = members.contains(user.person()) ? roles.add(role) : roles.remove(role);
			if (changed) {
				roles.add(Role.INTRAPRENEUR);
				user.person().assignRolesFromDirectory(roles);
			}
		}
		return resource(role, all);
	}

	private Person person(Long organisationId, String id) throws BadRequestException {
		try {
			return this.users.findOf(organisationId, Long.valueOf(id))
				.orElseThrow(() -> BadRequestException.invalidValue("No member " + id + " in this directory"))
				.person();
		}
		catch (NumberFormatException ex) {
			throw BadRequestException.invalidValue("No member " + id + " in this directory");
		}
	}

	private static Role group(String id) throws ResourceNotFoundException {
		return named(id).orElseThrow(() -> new ResourceNotFoundException("No group " + id));
	}

	/** The offered role this name stands for: "lab-lead", "LAB_LEAD" or "Lab lead". */
	static Optional<Role> named(String name) {
		String group = name.strip().toLowerCase(Locale.ROOT).replace('_', '-').replace(' ', '-');
		return OFFERED.stream().filter((role) -> role.group().equals(group)).findFirst();
	}

	private static GroupResource resource(Role role, List<ScimUser> users) {
		GroupResource group = new GroupResource().setDisplayName(role.group())
			.setMembers(users.stream()
				.filter((user) -> user.person().hasRole(role))
				.map((user) -> new Member().setValue(String.valueOf(user.id()))
					.setDisplay(user.person().getDisplayName())
					.setRef(URI.create(ScimUserResources.ENDPOINT + user.id())))
				.toList());
		group.setId(role.group());
		group.setMeta(ScimVersions.meta(group, "Group", ENDPOINT + role.group()));
		return group;
	}

}
