package org.civiclab.scim;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.unboundid.scim2.common.exceptions.BadRequestException;
import com.unboundid.scim2.common.exceptions.ResourceNotFoundException;
import com.unboundid.scim2.common.exceptions.ScimException;
import com.unboundid.scim2.common.messages.ErrorResponse;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * Answers the SCIM endpoints' errors as SCIM error responses (RFC 7644 §3.12, the SDK's
 * {@link ErrorResponse}), not as the API's problem details: a directory's client reads
 * these.
 */
@RestControllerAdvice(basePackageClasses = ScimErrors.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ScimErrors {

	@ExceptionHandler
	ResponseEntity<ObjectNode> scim(ScimException ex) {
		return answer(ex.getScimError());
	}

	@ExceptionHandler
	ResponseEntity<ObjectNode> unreadable(HttpMessageNotReadableException ex) {
		return answer(BadRequestException.invalidSyntax("The request body is no SCIM JSON").getScimError());
	}

	/**
	 * {@code /Users/abc} is a user that does not exist; {@code count=abc} a bad value.
	 */
	@ExceptionHandler
	ResponseEntity<ObjectNode> mismatch(MethodArgumentTypeMismatchException ex) {
		boolean path = ex.getParameter().hasParameterAnnotation(PathVariable.class);
		return answer(path ? new ResourceNotFoundException("No " + ex.getValue() + " here").getScimError()
				: BadRequestException.invalidValue(ex.getName() + " is no " + ex.getRequiredType().getSimpleName())
					.getScimError());
	}

	@ExceptionHandler
	ResponseEntity<ObjectNode> unsupported(HttpMediaTypeNotSupportedException ex) {
		ErrorResponse error = new ErrorResponse(HttpStatus.UNSUPPORTED_MEDIA_TYPE.value());
		error.setDetail("Send application/scim+json");
		return answer(error);
	}

	private static ResponseEntity<ObjectNode> answer(ErrorResponse error) {
		return ResponseEntity.status(error.getStatus()).contentType(ScimJson.MEDIA_TYPE).body(ScimJson.write(error));
	}

}
