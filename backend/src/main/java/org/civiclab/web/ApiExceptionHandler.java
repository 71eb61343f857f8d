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
import org.springframework.context.MessageSource;
import org.springframework.dao.ConcurrencyFailureException;
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

	private final MessageSource messages;

	ApiExceptionHandler(AuditLog audit, MessageSource messages) {
		this.audit = audit;
		this.messages = messages;
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
		return handleExceptionInternal(ex, localized(ex, request), headers, status, request);
	}

	@Override
	protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		List<FieldProblem> problems = ex.getBindingResult()
			.getFieldErrors()
			.stream()
			.map(ConstraintProblems::of)
			.toList();
		return toResponse(Problems.invalid(problems), request);
	}

	@Override
	protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		if (causedBy(ex, RequestSizeLimit.TooLarge.class)) {
			return toResponse(Problems.tooLarge(RequestSizeLimit.CODE), request);
		}
		if (ex.getCause() instanceof InvalidFormatException format && !format.getPath().isEmpty()) {
			if (format.getTargetType() == String.class) {
				// Text refused by TextInput, which says why.
				return toResponse(Problems.invalid(path(format), format.getOriginalMessage()), request);
			}
			return toResponse(Problems.invalid(path(format), "field.unknown-value", format.getValue()), request);
		}
		if (ex.getCause() instanceof MismatchedInputException mismatch && !mismatch.getPath().isEmpty()) {
			return toResponse(Problems.invalid(path(mismatch), "field.wrong-type"), request);
		}
		return toResponse(Problems.invalid("body", "field.not-json"), request);
	}

	@ExceptionHandler(ConstraintViolationException.class)
	ResponseEntity<Object> constraintViolation(ConstraintViolationException ex, WebRequest request) {
		return toResponse(Problems.invalid(ex.getConstraintViolations()
			.stream()
			.map((violation) -> ConstraintProblems.of(parameter(violation.getPropertyPath().toString()), violation))
			.toList()), request);
	}

	/** A query parameter that is no value of its type, such as a page number past 2³¹. */
	@Override
	protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException ex, HttpHeaders headers,
			HttpStatusCode status, WebRequest request) {
		String name = (ex instanceof MethodArgumentTypeMismatchException mismatch) ? mismatch.getName()
				: ex.getPropertyName();
		return toResponse(Problems.invalid(name, "field.not-a-value", ex.getValue()), request);
	}

	@ExceptionHandler({ ObjectOptimisticLockingFailureException.class, ConcurrentChangeException.class })
	ResponseEntity<Object> concurrentChange(RuntimeException ex, WebRequest request) {
		return toResponse(Problems.conflict("idea.changed-concurrently"), request);
	}

	/**
	 * Another transaction held or changed the rows at the same moment (a lock not
	 * granted, a deadlock or serialization failure the database resolved by rolling this
	 * request back): contention, answered 409 so that the client tries again, and logged
	 * as such.
	 */
	@ExceptionHandler(ConcurrencyFailureException.class)
	ResponseEntity<Object> contention(ConcurrencyFailureException ex, WebRequest request) {
		this.logger.debug("Contention with a concurrent request: " + ex.getMostSpecificCause().getMessage());
		return toResponse(Problems.conflict("request.changed-concurrently"), request);
	}

	/**
	 * A row that is already there (the same support given twice at once) is contention,
	 * answered 409 and logged as such; any other violation of the tables' rules is a
	 * mistake of ours, answered 409 as well but logged as the error it is.
	 */
	@ExceptionHandler(DataIntegrityViolationException.class)
	ResponseEntity<Object> dataIntegrity(DataIntegrityViolationException ex, WebRequest request) {
		if (isUniqueKeyViolation(ex)) {
			this.logger.debug("Unique key violated by a concurrent request: " + ex.getMostSpecificCause().getMessage());
		}
		else {
			this.logger.error("A write broke a rule of the tables", ex);
		}
		return toResponse(Problems.conflict("request.conflicts-with-data"), request);
	}

	@ExceptionHandler(AccessDeniedException.class)
	ResponseEntity<Object> accessDenied(AccessDeniedException ex, WebRequest request) {
		return toResponse(Problems.forbidden("access.denied"), request);
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
		return toResponse(Problems.notFound("api.no-endpoint", ex.getHttpMethod(), ex.getResourcePath()), request);
	}

	private static String path(MismatchedInputException ex) {
		return ex.getPath()
			.stream()
			.map((reference) -> (reference.getFieldName() != null) ? reference.getFieldName()
					: "[" + reference.getIndex() + "]")
			.reduce((a, b) -> b.startsWith("[") ? a + b : a + "." + b)
			.orElse("body");
	}

	private ResponseEntity<Object> toResponse(ErrorResponseException ex, WebRequest request) {
		ProblemDetail body = localized(ex, request);
		return ResponseEntity.status(body.getStatus()).body(body);
	}

	/** The problem in the request's language. */
	private ProblemDetail localized(ErrorResponseException ex, WebRequest request) {
		return (request instanceof ServletWebRequest servlet)
				? ProblemMessages.localize(ex, this.messages, ProblemMessages.localeOf(servlet.getRequest()))
				: ex.getBody();
	}

}
