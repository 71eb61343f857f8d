package org.civiclab.scim;

import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.civiclab.people.Person;
import org.civiclab.people.Role;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * CivicLab's roles as SCIM groups (docs/adr/0025): a directory puts people in the group
 * {@code lab-lead}, {@code executive} or {@code admin} and they hold that role in its
 * organisation. The groups exist already; a directory finds them by name and changes
 * their members. Every provisioned person is an intrapreneur; a region's admin is never
 * made by one organisation's directory.
 */
@Service
class ScimGroups {

	static final List<Role> OFFERED = List.of(Role.LAB_LEAD, Role.EXECUTIVE, Role.ADMIN);

	private final ScimUserRepository users;

	ScimGroups(ScimUserRepository users) {
		this.users = users;
	}

	@Transactional(readOnly = true)
	ObjectNode list(Long organisationId, String filter) {
		List<Role> found = ScimJson.equalityOn("displayName", filter)
			.map((name) -> named(name).stream().toList())
			.orElse(OFFERED);
		List<ScimUser> members = this.users.findAllOf(organisationId);
		return ScimJson.list(found.stream().map((role) -> json(role, members)).toList(), found.size(), 1);
	}

	@Transactional(readOnly = true)
	ObjectNode read(Long organisationId, String id) {
		return json(group(id), this.users.findAllOf(organisationId));
	}

	/** A group can only be one of the roles, which exist already. */
	ObjectNode create(JsonNode body) {
		String name = ScimJson.text(body.get("displayName"));
		if (name != null && named(name).isPresent()) {
			throw ScimException.uniqueness("The group " + name + " exists: find it by displayName");
		}
		throw ScimException.invalidValue("CivicLab's groups are its roles: lab-lead, executive and admin");
	}

	/** Adds, removes or replaces members (RFC 7644 §3.5.2), as directories send it. */
	@Transactional
	ObjectNode patch(Long organisationId, String id, JsonNode body) {
		Role role = group(id);
		JsonNode operations = body.path("Operations");
		if (!operations.isArray() || operations.isEmpty()) {
			throw ScimException.invalidSyntax("A PATCH request needs its Operations");
		}
		for (JsonNode operation : operations) {
			String op = operation.path("op").asText().toLowerCase(Locale.ROOT);
			String path = Optional.ofNullable(ScimJson.text(operation.get("path"))).orElse("");
			JsonNode value = operation.get("value");
			if (path.equalsIgnoreCase("displayName")
					|| (path.isEmpty() && value != null && value.has("displayName") && !value.has("members"))) {
				continue; // the group's name is the role's: a directory's own name for it
							// is kept there
			}
			JsonNode members = (path.isEmpty() && value != null && value.isObject()) ? value.get("members") : value;
			switch (op) {
				case "add" -> people(organisationId, members).forEach((person) -> grant(person, role));
				case "replace" -> replace(organisationId, role, people(organisationId, members));
				case "remove" -> removed(organisationId, path, members).forEach((person) -> revoke(person, role));
				default -> throw ScimException.invalidSyntax("Unknown operation " + op);
			}
		}
		return read(organisationId, id);
	}

	/** Replaces the members of the group (PUT). */
	@Transactional
	ObjectNode replace(Long organisationId, String id, JsonNode body) {
		Role role = group(id);
		replace(organisationId, role, people(organisationId, body.get("members")));
		return read(organisationId, id);
	}

	private void replace(Long organisationId, Role role, Set<Person> members) {
		for (ScimUser user : this.users.findAllOf(organisationId)) {
			if (members.contains(user.person())) {
				grant(user.person(), role);
			}
			else {
				revoke(user.person(), role);
			}
		}
	}

	/** {@code members[value eq "42"]}, or the members in the value, or all of them. */
	private Set<Person> removed(Long organisationId, String path, JsonNode members) {
		Optional<String> one = path.toLowerCase(Locale.ROOT).startsWith("members[")
				? ScimJson.equalityOn("value", path.substring(path.indexOf('[') + 1, path.lastIndexOf(']')))
				: Optional.empty();
		if (one.isPresent()) {
			return Set.of(person(organisationId, one.get()));
		}
		if (members == null || members.isNull()) {
			Set<Person> all = new LinkedHashSet<>();
			this.users.findAllOf(organisationId).forEach((user) -> all.add(user.person()));
			return all;
		}
		return people(organisationId, members);
	}

	private Set<Person> people(Long organisationId, JsonNode members) {
		Set<Person> found = new LinkedHashSet<>();
		if (members != null && members.isArray()) {
			members.forEach((member) -> found.add(person(organisationId, member.path("value").asText())));
		}
		return found;
	}

	private Person person(Long organisationId, String id) {
		try {
			return this.users.findOf(organisationId, Long.valueOf(id))
				.orElseThrow(() -> ScimException.invalidValue("No member " + id + " in this directory"))
				.person();
		}
		catch (NumberFormatException ex) {
			throw ScimException.invalidValue("No member " + id + " in this directory");
		}
	}

	private static void grant(Person person, Role role) {
		Set<Role> roles = EnumSet.copyOf(person.getRoles());
		roles.add(role);
		person.assignRolesFromDirectory(roles);
	}

	private static void revoke(Person person, Role role) {
		Set<Role> roles = EnumSet.of(Role.INTRAPRENEUR);
		person.getRoles().stream().filter((held) -> held != role).forEach(roles::add);
		person.assignRolesFromDirectory(roles);
	}

	private static Role group(String id) {
		return named(id).orElseThrow(() -> ScimException.notFound("No group " + id));
	}

	/** The offered role this name stands for: "lab-lead", "LAB_LEAD" or "Lab lead". */
	static Optional<Role> named(String name) {
		String group = name.strip().toLowerCase(Locale.ROOT).replace('_', '-').replace(' ', '-');
		return OFFERED.stream().filter((role) -> role.group().equals(group)).findFirst();
	}

	private static ObjectNode json(Role role, List<ScimUser> users) {
		ObjectNode json = ScimJson.object();
		json.putArray("schemas").add(ScimJson.GROUP_SCHEMA);
		json.put("id", role.group());
		json.put("displayName", role.group());
		var members = json.putArray("members");
		users.stream()
			.filter((user) -> user.person().hasRole(role))
			.forEach((user) -> members.addObject()
				.put("value", String.valueOf(user.id()))
				.put("display", user.person().getDisplayName())
				.put("$ref", "/scim/v2/Users/" + user.id()));
		json.putObject("meta").put("resourceType", "Group").put("location", "/scim/v2/Groups/" + role.group());
		return json;
	}

}
