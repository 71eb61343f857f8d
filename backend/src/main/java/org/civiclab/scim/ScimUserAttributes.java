package org.civiclab.scim;

import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The attributes of a SCIM user that CivicLab keeps, read from a whole resource (POST,
 * PUT) or changed by a PATCH the way Entra ID, Okta and Keycloak send it. Attributes
 * CivicLab does not keep (a title, addresses, the enterprise extension) are ignored, as a
 * directory sends them whatever the target keeps.
 */
final class ScimUserAttributes {

	private static final String CORE_PREFIX = ScimJson.USER_SCHEMA.toLowerCase(Locale.ROOT) + ":";

	String userName;

	String externalId;

	String givenName;

	String familyName;

	String displayName;

	String email;

	boolean active = true;

	/** The attributes of a whole user resource. */
	static ScimUserAttributes of(JsonNode user) {
		if (user == null || !user.isObject()) {
			throw ScimException.invalidSyntax("A user is a JSON object");
		}
		ScimUserAttributes attributes = new ScimUserAttributes();
		user.properties().forEach((field) -> attributes.set(field.getKey(), field.getValue()));
		return attributes;
	}

	/** Applies a PATCH request's operations (RFC 7644 §3.5.2). */
	void patch(JsonNode request) {
		JsonNode operations = request.path("Operations");
		if (!operations.isArray() || operations.isEmpty()) {
			throw ScimException.invalidSyntax("A PATCH request needs its Operations");
		}
		for (JsonNode operation : operations) {
			String op = operation.path("op").asText().toLowerCase(Locale.ROOT);
			String path = ScimJson.text(operation.get("path"));
			JsonNode value = operation.get("value");
			switch (op) {
				case "add", "replace" -> {
					if (path != null) {
						set(path, value);
					}
					else if (value != null && value.isObject()) {
						value.properties().forEach((field) -> set(field.getKey(), field.getValue()));
					}
					else {
						throw ScimException.invalidValue("An operation without a path needs an object value");
					}
				}
				case "remove" -> {
					if (path == null) {
						throw ScimException.invalidPath("A remove operation needs a path");
					}
					set(path, null);
				}
				default -> throw ScimException.invalidSyntax("Unknown operation " + op);
			}
		}
	}

	private void set(String path, JsonNode value) {
		String attribute = path.toLowerCase(Locale.ROOT);
		if (attribute.startsWith(CORE_PREFIX)) {
			attribute = attribute.substring(CORE_PREFIX.length());
		}
		switch (attribute) {
			case "username" -> this.userName = ScimJson.text(value);
			case "externalid" -> this.externalId = ScimJson.text(value);
			case "displayname" -> this.displayName = ScimJson.text(value);
			case "active" -> this.active = (value == null || value.isNull()) || ScimJson.bool(value);
			case "name" -> {
				this.givenName = (value != null) ? ScimJson.text(value.get("givenName")) : null;
				this.familyName = (value != null) ? ScimJson.text(value.get("familyName")) : null;
				if (value != null && value.hasNonNull("formatted") && this.displayName == null) {
					this.displayName = value.get("formatted").asText();
				}
			}
			case "name.givenname" -> this.givenName = ScimJson.text(value);
			case "name.familyname" -> this.familyName = ScimJson.text(value);
			case "name.formatted" -> this.displayName = ScimJson.text(value);
			case "emails" -> this.email = primaryEmail(value);
			default -> {
				if (attribute.startsWith("emails[")) {
					// emails[type eq "work"].value, as Entra ID sends it
					this.email = (value != null && value.isObject()) ? ScimJson.text(value.get("value"))
							: ScimJson.text(value);
				}
			}
		}
	}

	private static String primaryEmail(JsonNode emails) {
		if (emails == null || emails.isNull() || !emails.isArray() || emails.isEmpty()) {
			return null;
		}
		for (JsonNode email : emails) {
			if (email.path("primary").asBoolean(false)) {
				return ScimJson.text(email.get("value"));
			}
		}
		return ScimJson.text(emails.get(0).get("value"));
	}

	/**
	 * The name CivicLab shows: the display name, else the given and family names, else
	 * the user name.
	 */
	String shownName() {
		if (this.displayName != null && !this.displayName.isBlank()) {
			return this.displayName.strip();
		}
		String joined = Stream.of(this.givenName, this.familyName)
			.filter((part) -> part != null && !part.isBlank())
			.map(String::strip)
			.collect(Collectors.joining(" "));
		return joined.isEmpty() ? this.userName : joined;
	}

	/** Refuses what CivicLab's person cannot hold. */
	void check() {
		if (this.userName == null || this.userName.isBlank()) {
			throw ScimException.invalidValue("userName is required");
		}
		Map<String, String> limited = new java.util.LinkedHashMap<>();
		limited.put("userName", this.userName);
		limited.put("displayName", shownName());
		limited.put("emails", this.email);
		limited.put("externalId", this.externalId);
		limited.put("name.givenName", this.givenName);
		limited.put("name.familyName", this.familyName);
		limited.forEach((name, text) -> {
			int limit = name.equals("userName") ? 100 : 200;
			if (text != null && text.length() > limit) {
				throw ScimException.invalidValue(name + " is longer than " + limit + " characters");
			}
		});
	}

}
