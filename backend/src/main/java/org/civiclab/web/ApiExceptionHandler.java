package org.civiclab.web;

import java.sql.SQLException;
import java.util.List;

import jakarta.validation.ConstraintViolationException;

import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import org.civiclab.audit.AuditLog;
import org.civiclab.pipeline.ConcurrentChangeException;
import org.civiclab.web.Problems.FieldProblem;

import org.springframework.beans.TypeMismatchException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Answers every error of the API as a ProblemDetail naming the fields at fault.
 */
@RestControllerAdvice
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

	private final AuditLog audit;

	ApiExceptionHandler(AuditLog audit) {
		this.audit = audit;
	}

	/** A refused action is written to the audit log, with who tried what. */
	@Override
	protected ResponseEntity<Object> handleErrorResponseException(ErrorResponseException ex, HttpHeaders headers,
			HttpStatusCode status, WebRequest request) {
		if (status.value() == HttpStatus.FORBIDDEN.value() && request instanceof ServletWebRequest servlet) {
			String who = (request.getUserPrincipal() != null) ? request.getUserPrincipal().getName() : "anonymous";
			this.audit.recordRefusal(who, "ACTION_REFUSED", servlet.getRequest().getMethod() + " "
					+ servlet.getRequest().getRequestURI() + ": " + ex.getBody().getDetail());
		}
		return super.handleErrorResponseException(ex, headers, status, request);
	}

	@Override
	protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		List<FieldProblem> problems = ex.getBindingResult()
			.getFieldErrors()
			.stream()
			.map((error) -> new FieldProblem(error.getField(), error.getDefaultMessage()))
			.toList();
		return toResponse(Problems.invalid(problems).getBody());
	}

	@Override
	protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		if (causedBy(ex, RequestSizeLimit.TooLarge.class)) {
			return toResponse(Problems.tooLarge(RequestSizeLimit.DETAIL).getBody());
		}
		if (ex.getCause() instanceof InvalidFormatException format && !format.getPath().isEmpty()) {
			if (format.getTargetType() == String.class) {
				// Text refused by TextInput, which says why.
				return toResponse(Problems.invalid(path(format), format.getOriginalMessage()).getBody());
			}
			return toResponse(Problems
				.invalid(path(format), "has a value of the wrong type or an unknown value: " + format.getValue())
				.getBody());
		}
		if (ex.getCause() instanceof MismatchedInputException mismatch && !mismatch.getPath().isEmpty()) {
			return toResponse(Problems.invalid(path(mismatch), "has a value of the wrong type").getBody());
		}
		return toResponse(Problems.invalid("body", "is not valid JSON for this request").getBody());
	}

	@ExceptionHandler(ConstraintViolationException.class)
	ResponseEntity<Object> constraintViolation(ConstraintViolationException ex) {
		return toResponse(Problems
			.invalid(ex.getConstraintViolations()
				.stream()
				.map((violation) -> new FieldProblem(parameter(violation.getPropertyPath().toString()),
						violation.getMessage()))
				.toList())
			.getBody());
	}

	/** A query parameter that is no value of its type, such as a page number past 2³¹. */
	@Override
	protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException ex, HttpHeaders headers,
			HttpStatusCode status, WebRequest request) {
		String name = (ex instanceof MethodArgumentTypeMismatchException mismatch) ? mismatch.getName()
				: ex.getPropertyName();
		return toResponse(Problems.invalid(name, "is not a value this parameter takes: " + ex.getValue()).getBody());
	}

	@ExceptionHandler({ ObjectOptimisticLockingFailureException.class, ConcurrentChangeException.class })
	ResponseEntity<Object> concurrentChange(RuntimeException ex) {
		return toResponse(
				Problems.conflict("The idea was changed by someone else at the same time; reload it and try again")
					.getBody());
	}

	/**
	 * A row that is already there (the same support given twice at once) is contention,
	 * answered 409 and logged as such; any other violation of the tables' rules is a
	 * mistake of ours, answered 409 as well but logged as the error it is.
	 */
	@ExceptionHandler(DataIntegrityViolationException.class)
	ResponseEntity<Object> dataIntegrity(DataIntegrityViolationException ex) {
		if (isUniqueKeyViolation(ex)) {
			this.logger.debug("Unique key violated by a concurrent request: " + ex.getMostSpecificCause().getMessage());
		}
		else {
			this.logger.error("A write broke a rule of the tables", ex);
		}
		return toResponse(
				Problems.conflict("The request conflicts with the stored data; nothing was changed").getBody());
	}

	@ExceptionHandler(AccessDeniedException.class)
	ResponseEntity<Object> accessDenied(AccessDeniedException ex) {
		return toResponse(Problems.forbidden("You may not do this").getBody());
	}

	/** SQL state 23505, unique violation, on H2 and PostgreSQL alike. */
	private static boolean isUniqueKeyViolation(Throwable ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof SQLException sql && "23505".equals(sql.getSQLState())) {
				return true;
			}
		}
		return false;
	}

	private static boolean causedBy(Throwable ex, Class<? extends Throwable> type) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (type.isInstance(cause)) {
				return true;
			}
		}
		return false;
	}

	/** "board.size" (method, parameter) → "size". */
	private static String parameter(String propertyPath) {
		int dot = propertyPath.indexOf('.');
		return (dot >= 0) ? propertyPath.substring(dot + 1) : propertyPath;
	}

	@Override
	protected ResponseEntity<Object> handleNoResourceFoundException(NoResourceFoundException ex, HttpHeaders headers,
			HttpStatusCode status, WebRequest request) {
		return toResponse(
				Problems.notFound("No API endpoint " + ex.getHttpMethod() + " /" + ex.getResourcePath()).getBody());
	}

	private static String path(MismatchedInputException ex) {
		return ex.getPath()
			.stream()
			.map((reference) -> (reference.getFieldName() != null) ? reference.getFieldName()
					: "[" + reference.getIndex() + "]")
			.reduce((a, b) -> b.startsWith("[") ? a + b : a + "." + b)
			.orElse("body");
	}

	private static ResponseEntity<Object> toResponse(ProblemDetail body) {
		return ResponseEntity.status(body.getStatus()).body(body);
	}

}
