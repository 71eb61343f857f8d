package org.civiclab.scim;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.unboundid.scim2.common.exceptions.BadRequestException;
import com.unboundid.scim2.common.utils.JsonUtils;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * SCIM's JSON through the UnboundID SCIM 2 SDK's mapper (case-insensitive attribute
 * names, its date format, no nulls): a request body read into the SDK's model, the SDK's
 * model written as the answer.
 */
final class ScimJson {

	static final MediaType MEDIA_TYPE = new MediaType("application", "scim+json");

	private ScimJson() {
	}

	/** The body as one of the SDK's types; what it cannot be is a 400. */
	static <T> T read(JsonNode body, Class<T> type) throws BadRequestException {
		if (body == null || !body.isObject()) {
			throw BadRequestException.invalidSyntax("The request body is a JSON object");
		}
		try {
			return JsonUtils.getObjectReader().forType(type).readValue(body);
		}
		catch (JsonProcessingException | IllegalArgumentException ex) {
			throw BadRequestException.invalidValue(firstLine(ex.getMessage()));
		}
		catch (java.io.IOException ex) {
			throw BadRequestException.invalidSyntax(firstLine(ex.getMessage()));
		}
	}

	/** The SDK's object as JSON, written as SCIM asks. */
	static ObjectNode write(Object resource) {
		return JsonUtils.valueToNode(resource);
	}

	static ResponseEntity<ObjectNode> ok(Object resource) {
		return ResponseEntity.ok().contentType(MEDIA_TYPE).body(write(resource));
	}

	private static String firstLine(String message) {
		return (message == null) ? "Not a SCIM resource" : message.lines().findFirst().orElse(message);
	}

}
