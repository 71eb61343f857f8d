package org.civiclab.scim;

import org.springframework.http.HttpStatus;

/**
 * An error answered as SCIM says (RFC 7644 §3.12): a status, a {@code scimType} where the
 * RFC names one, and a detail.
 */
final class ScimException extends RuntimeException {

	private final HttpStatus status;

	private final String scimType;

	private ScimException(HttpStatus status, String scimType, String detail) {
		super(detail);
		this.status = status;
		this.scimType = scimType;
	}

	static ScimException notFound(String detail) {
		return new ScimException(HttpStatus.NOT_FOUND, null, detail);
	}

	static ScimException forbidden(String detail) {
		return new ScimException(HttpStatus.FORBIDDEN, null, detail);
	}

	static ScimException invalidValue(String detail) {
		return new ScimException(HttpStatus.BAD_REQUEST, "invalidValue", detail);
	}

	static ScimException invalidFilter(String detail) {
		return new ScimException(HttpStatus.BAD_REQUEST, "invalidFilter", detail);
	}

	static ScimException invalidSyntax(String detail) {
		return new ScimException(HttpStatus.BAD_REQUEST, "invalidSyntax", detail);
	}

	static ScimException invalidPath(String detail) {
		return new ScimException(HttpStatus.BAD_REQUEST, "invalidPath", detail);
	}

	static ScimException mutability(String detail) {
		return new ScimException(HttpStatus.BAD_REQUEST, "mutability", detail);
	}

	static ScimException uniqueness(String detail) {
		return new ScimException(HttpStatus.CONFLICT, "uniqueness", detail);
	}

	HttpStatus status() {
		return this.status;
	}

	String scimType() {
		return this.scimType;
	}

}
