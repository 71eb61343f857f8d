package org.civiclab.scim;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.civiclab.people.Person;

/** A provisioned person as a SCIM user resource (RFC 7643 §4.1). */
final class ScimUserJson {

	private ScimUserJson() {
	}

	static ObjectNode of(ScimUser user) {
		Person person = user.person();
		ObjectNode json = ScimJson.object();
		json.putArray("schemas").add(ScimJson.USER_SCHEMA);
		json.put("id", String.valueOf(user.id()));
		if (user.externalId() != null) {
			json.put("externalId", user.externalId());
		}
		json.put("userName", person.getUsername());
		ObjectNode name = json.putObject("name").put("formatted", person.getDisplayName());
		if (user.givenName() != null) {
			name.put("givenName", user.givenName());
		}
		if (user.familyName() != null) {
			name.put("familyName", user.familyName());
		}
		json.put("displayName", person.getDisplayName());
		if (person.getEmail() != null) {
			json.putArray("emails")
				.addObject()
				.put("value", person.getEmail())
				.put("type", "work")
				.put("primary", true);
		}
		json.put("active", person.isActive());
		ArrayNode groups = json.putArray("groups");
		ScimGroups.OFFERED.stream()
			.filter(person::hasRole)
			.forEach((role) -> groups.addObject()
				.put("value", role.group())
				.put("display", role.group())
				.put("$ref", "/scim/v2/Groups/" + role.group()));
		json.putObject("meta").put("resourceType", "User").put("location", "/scim/v2/Users/" + user.id());
		return json;
	}

	/** What the resource says now, for a PATCH to change. */
	static ScimUserAttributes attributesOf(ScimUser user) {
		Person person = user.person();
		ScimUserAttributes attributes = new ScimUserAttributes();
		attributes.userName = person.getUsername();
		attributes.externalId = user.externalId();
		attributes.givenName = user.givenName();
		attributes.familyName = user.familyName();
		attributes.displayName = person.getDisplayName();
		attributes.email = person.getEmail();
		attributes.active = person.isActive();
		return attributes;
	}

}
