package org.civiclab.scim;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Answers the SCIM endpoints' errors as SCIM error responses (RFC 7644 §3.12), not as the
 * API's problem details: a directory's client reads these.
 */
@RestControllerAdvice(basePackageClasses = ScimErrors.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ScimErrors {

	static final String ERROR_SCHEMA = "urn:ietf:params:scim:api:messages:2.0:Error";

	@ExceptionHandler
	ResponseEntity<ObjectNode> scim(ScimException ex) {
		return answer(ex.status(), ex.scimType(), ex.getMessage());
	}

	@ExceptionHandler
	ResponseEntity<ObjectNode> unreadable(HttpMessageNotReadableException ex) {
		return answer(HttpStatus.BAD_REQUEST, "invalidSyntax", "The request body is no SCIM JSON");
	}

	@ExceptionHandler
	ResponseEntity<ObjectNode> unsupported(HttpMediaTypeNotSupportedException ex) {
		return answer(HttpStatus.UNSUPPORTED_MEDIA_TYPE, null, "Send application/scim+json");
	}

	static ResponseEntity<ObjectNode> answer(HttpStatus status, String scimType, String detail) {
		ObjectNode error = JsonNodeFactory.instance.objectNode();
		error.putArray("schemas").add(ERROR_SCHEMA);
		error.put("status", String.valueOf(status.value()));
		if (scimType != null) {
			error.put("scimType", scimType);
		}
		error.put("detail", detail);
		return ResponseEntity.status(status).contentType(ScimJson.MEDIA_TYPE).body(error);
	}

}
