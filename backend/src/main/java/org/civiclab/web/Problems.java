package org.civiclab.web;

import java.util.Comparator;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnore;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * The errors the services raise, each answered as a {@link ProblemDetail} (RFC 9457) that
 * says what is wrong and, where it applies, which field. Every problem carries a stable
 * {@code code} and its {@code arguments}: the keys of {@code messages*.properties}, from
 * which {@link ProblemMessages} renders the title, the detail and each field's message in
 * the request's language. The English text is rendered at once, so a problem reads the
 * same in a log or a test as in an English answer.
 */
public final class Problems {

	private Problems() {
	}

	/**
	 * A field at fault and what is wrong with it: the message's code, its arguments and
	 * the message rendered from them.
	 */
	public record FieldProblem(String field, String code, List<String> arguments, String message,
			@JsonIgnore Object[] given) {

		/** The field's problem, its message rendered in English. */
		public static FieldProblem of(String field, String code, Object... arguments) {
			Object[] given = ProblemMessages.arguments(arguments);
			return new FieldProblem(field, code, ProblemMessages.texts(given), ProblemMessages.english(code, given),
					given);
		}

		/** The same problem, its message in another language. */
		FieldProblem in(String localized) {
			return new FieldProblem(this.field, this.code, this.arguments, localized, this.given);
		}

	}

	/**
	 * A message to be rendered in the reader's language as an argument of another, such
	 * as a role's name in a refusal.
	 */
	public static MessageSourceResolvable message(String code, Object... arguments) {
		return new DefaultMessageSourceResolvable(new String[] { code }, ProblemMessages.arguments(arguments));
	}

	public static ErrorResponseException notFound(String code, Object... arguments) {
		return problem(HttpStatus.NOT_FOUND, code, arguments);
	}

	public static ErrorResponseException unauthorized(String code, Object... arguments) {
		return problem(HttpStatus.UNAUTHORIZED, code, arguments);
	}

	/** What was there is no longer: a link used already. */
	public static ErrorResponseException gone(String code, Object... arguments) {
		return problem(HttpStatus.GONE, code, arguments);
	}

	public static ErrorResponseException tooManyRequests(String code, Object... arguments) {
		return problem(HttpStatus.TOO_MANY_REQUESTS, code, arguments);
	}

	public static ErrorResponseException tooLarge(String code, Object... arguments) {
		return problem(HttpStatus.PAYLOAD_TOO_LARGE, code, arguments);
	}

	public static ErrorResponseException forbidden(String code, Object... arguments) {
		return problem(HttpStatus.FORBIDDEN, code, arguments);
	}

	public static ErrorResponseException conflict(String code, Object... arguments) {
		return problem(HttpStatus.CONFLICT, code, arguments);
	}

	public static ErrorResponseException methodNotAllowed(String code, Object... arguments) {
		return problem(HttpStatus.METHOD_NOT_ALLOWED, code, arguments);
	}

	/**
	 * The record changed since the client read it: {@code record.stale} or a code of its
	 * own.
	 */
	public static ErrorResponseException stale(long currentVersion, String code, Object... arguments) {
		ErrorResponseException ex = problem(HttpStatus.CONFLICT, code, arguments);
		ex.getBody().setProperty("currentVersion", currentVersion);
		return ex;
	}

	public static ErrorResponseException invalid(String field, String code, Object... arguments) {
		return invalid(List.of(FieldProblem.of(field, code, arguments)));
	}

	/**
	 * A 400 naming every field at fault, in the order of their names: the same request
	 * always gets the same answer (a validator reports its findings in no set order).
	 */
	public static ErrorResponseException invalid(List<FieldProblem> found) {
		List<FieldProblem> problems = found.stream()
			.sorted(Comparator.comparing(FieldProblem::field)
				.thenComparing(FieldProblem::code)
				.thenComparing(FieldProblem::message))
			.toList();
		ErrorResponseException ex = problem(HttpStatus.BAD_REQUEST, ProblemMessages.INVALID);
		ex.getBody().setProperty("errors", problems);
		ex.getBody().setDetail(ProblemMessages.detail(problems));
		return ex;
	}

	private static ErrorResponseException problem(HttpStatus status, String code, Object... arguments) {
		Object[] given = ProblemMessages.arguments(arguments);
		ProblemDetail body = ProblemDetail.forStatusAndDetail(status, ProblemMessages.english(code, given));
		body.setTitle(ProblemMessages.english(ProblemMessages.titleCode(status.value(), code), List.of()));
		body.setProperty(ProblemMessages.CODE, code);
		body.setProperty(ProblemMessages.ARGUMENTS, ProblemMessages.texts(given));
		return new ErrorResponseException(status, body, null, code, given);
	}

}
