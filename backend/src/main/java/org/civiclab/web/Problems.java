package org.civiclab.web;

import java.util.Comparator;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * The errors the services raise, each answered as a {@link ProblemDetail} (RFC 9457) that
 * says what is wrong and, where it applies, which field.
 */
public final class Problems {

	private Problems() {
	}

	/** A field at fault and what is wrong with it. */
	public record FieldProblem(String field, String message) {
	}

	public static ErrorResponseException notFound(String detail) {
		return problem(HttpStatus.NOT_FOUND, "Not found", detail);
	}

	public static ErrorResponseException unauthorized(String detail) {
		return problem(HttpStatus.UNAUTHORIZED, "Not signed in", detail);
	}

	public static ErrorResponseException tooManyRequests(String detail) {
		return problem(HttpStatus.TOO_MANY_REQUESTS, "Too many attempts", detail);
	}

	public static ErrorResponseException tooLarge(String detail) {
		return problem(HttpStatus.PAYLOAD_TOO_LARGE, "Request too large", detail);
	}

	public static ErrorResponseException forbidden(String detail) {
		return problem(HttpStatus.FORBIDDEN, "Not allowed", detail);
	}

	public static ErrorResponseException conflict(String detail) {
		return problem(HttpStatus.CONFLICT, "Conflict", detail);
	}

	/** The record changed since the client read it. */
	public static ErrorResponseException stale(String what, long currentVersion) {
		ErrorResponseException ex = problem(HttpStatus.CONFLICT, "Changed by someone else",
				what + " was changed since you read it; reload it and try again");
		ex.getBody().setProperty("currentVersion", currentVersion);
		return ex;
	}

	public static ErrorResponseException invalid(String field, String message) {
		return invalid(List.of(new FieldProblem(field, message)));
	}

	/**
	 * A 400 naming every field at fault, in the order of their names: the same request
	 * always gets the same answer (a validator reports its findings in no set order).
	 */
	public static ErrorResponseException invalid(List<FieldProblem> found) {
		List<FieldProblem> problems = found.stream()
			.sorted(Comparator.comparing(FieldProblem::field).thenComparing(FieldProblem::message))
			.toList();
		String detail = problems.stream()
			.map((problem) -> problem.field() + ": " + problem.message())
			.reduce((a, b) -> a + "; " + b)
			.orElse("Invalid request");
		ErrorResponseException ex = problem(HttpStatus.BAD_REQUEST, "Invalid request", detail);
		ex.getBody().setProperty("errors", problems);
		return ex;
	}

	private static ErrorResponseException problem(HttpStatus status, String title, String detail) {
		ProblemDetail body = ProblemDetail.forStatusAndDetail(status, detail);
		body.setTitle(title);
		return new ErrorResponseException(status, body, null);
	}

}
