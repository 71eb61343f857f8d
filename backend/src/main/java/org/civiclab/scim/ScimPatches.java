package org.civiclab.scim;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.unboundid.scim2.common.GenericScimResource;
import com.unboundid.scim2.common.exceptions.BadRequestException;
import com.unboundid.scim2.common.exceptions.ScimException;
import com.unboundid.scim2.common.messages.PatchRequest;
import com.unboundid.scim2.common.utils.JsonUtils;

/**
 * A PATCH request (RFC 7644 §3.5.2) applied by the SDK ({@link PatchRequest#apply}) to a
 * resource, after two forms Entra ID sends that the RFC does not have are put as the RFC
 * says: an operation without a path whose value names attributes by path
 * ({@code {"name.givenName": "Kim"}}) becomes one operation per attribute, and a remove
 * of {@code members} with a value ({@code [{"value": "42"}]}) removes those members
 * ({@code members[value eq "42"]}), not all of them.
 */
final class ScimPatches {

	private ScimPatches() {
	}

	/** The resource with the request's operations applied. */
	static GenericScimResource apply(JsonNode request, GenericScimResource resource) throws ScimException {
		if (request == null || !request.path("Operations").isArray() || request.path("Operations").isEmpty()) {
			throw BadRequestException.invalidSyntax("A PATCH request needs its Operations");
		}
		ObjectNode standard = request.deepCopy();
		ArrayNode operations = standard.putArray("Operations");
		request.path("Operations").forEach((operation) -> operations.addAll(asTheRfcSays(operation)));
		ScimJson.read(standard, PatchRequest.class).apply(resource);
		return resource;
	}

	private static ArrayNode asTheRfcSays(JsonNode operation) {
		ArrayNode standard = JsonUtils.getJsonNodeFactory().arrayNode();
		String op = operation.path("op").asText();
		JsonNode path = operation.get("path");
		JsonNode value = operation.get("value");
		boolean withoutPath = path == null || path.isNull() || path.asText().isBlank();
		if (withoutPath && value != null && value.isObject() && !op.equalsIgnoreCase("remove")) {
			ObjectNode plain = JsonUtils.getJsonNodeFactory().objectNode();
			value.properties().forEach((attribute) -> {
				if (byPath(attribute.getKey(), attribute.getValue())) {
					standard.addObject()
						.put("op", op)
						.put("path", attribute.getKey())
						.set("value", attribute.getValue());
				}
				else {
					plain.set(attribute.getKey(), attribute.getValue());
				}
			});
			if (!plain.isEmpty()) {
				standard.addObject().put("op", op).set("value", plain);
			}
			return standard;
		}
		if (op.equalsIgnoreCase("remove") && !withoutPath && path.asText().equalsIgnoreCase("members") && value != null
				&& value.isArray()) {
			value.forEach((member) -> standard.addObject()
				.put("op", op)
				.put("path", "members[value eq \"" + member.path("value").asText().replace("\"", "\\\"") + "\"]"));
			return standard;
		}
		standard.add(operation);
		return standard;
	}

	/**
	 * {@code name.givenName}, or a schema's attribute {@code urn:…:User:department}; not
	 * a whole extension ({@code urn:…:enterprise:2.0:User} with an object).
	 */
	private static boolean byPath(String key, JsonNode value) {
		int urn = key.lastIndexOf(':');
		return key.substring(urn + 1).contains(".") || (urn >= 0 && !value.isObject());
	}

}
