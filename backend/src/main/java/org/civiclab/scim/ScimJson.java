package org.civiclab.scim;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.springframework.http.MediaType;

/** SCIM's JSON: schemas, list responses, the one filter CivicLab reads, booleans. */
final class ScimJson {

	static final MediaType MEDIA_TYPE = new MediaType("application", "scim+json");

	static final String USER_SCHEMA = "urn:ietf:params:scim:schemas:core:2.0:User";

	static final String GROUP_SCHEMA = "urn:ietf:params:scim:schemas:core:2.0:Group";

	static final String LIST_SCHEMA = "urn:ietf:params:scim:api:messages:2.0:ListResponse";

	static final String PATCH_SCHEMA = "urn:ietf:params:scim:api:messages:2.0:PatchOp";

	/**
	 * {@code attribute eq "value"}, the filter identity providers send to find a match.
	 */
	private static final Pattern EQUALS = Pattern.compile("^\\s*([\\w.:]+)\\s+eq\\s+\"((?:[^\"\\\\]|\\\\.)*)\"\\s*$",
			Pattern.CASE_INSENSITIVE);

	private ScimJson() {
	}

	static ObjectNode object() {
		return JsonNodeFactory.instance.objectNode();
	}

	/** A list response (RFC 7644 §3.4.2) of one page. */
	static ObjectNode list(List<ObjectNode> page, int total, int startIndex) {
		ObjectNode list = object();
		list.putArray("schemas").add(LIST_SCHEMA);
		list.put("totalResults", total);
		list.put("startIndex", startIndex);
		list.put("itemsPerPage", page.size());
		list.putArray("Resources").addAll(page);
		return list;
	}

	/**
	 * The value of a filter {@code attribute eq "value"} on this attribute; none for no
	 * filter; any other filter is refused.
	 */
	static Optional<String> equalityOn(String attribute, String filter) {
		if (filter == null || filter.isBlank()) {
			return Optional.empty();
		}
		Matcher match = EQUALS.matcher(filter);
		if (!match.matches() || !match.group(1).equalsIgnoreCase(attribute)) {
			throw ScimException.invalidFilter("Only the filter " + attribute + " eq \"...\" is supported");
		}
		return Optional.of(match.group(2).replaceAll("\\\\(.)", "$1"));
	}

	/**
	 * A boolean as directories send it: {@code false}, or {@code "False"} as Entra ID
	 * does.
	 */
	static boolean bool(JsonNode value) {
		if (value.isBoolean()) {
			return value.booleanValue();
		}
		String text = value.asText().strip().toLowerCase(Locale.ROOT);
		if (text.equals("true") || text.equals("false")) {
			return text.equals("true");
		}
		throw ScimException.invalidValue("Not a boolean: " + value);
	}

	/** Text, or none for a missing or null value. */
	static String text(JsonNode value) {
		return (value == null || value.isNull() || value.isMissingNode()) ? null : value.asText();
	}

}
