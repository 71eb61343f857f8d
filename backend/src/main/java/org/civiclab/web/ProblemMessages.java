package org.civiclab.web;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.civiclab.web.Problems.FieldProblem;

import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * Renders a problem's title, detail and field messages from its code and arguments with
 * the message bundles ({@code messages*.properties}, en as the default, sv, da, nl), in
 * the request's language: its {@code Accept-Language}, else English.
 */
public final class ProblemMessages {

	/** The properties of every problem: its message code and the code's arguments. */
	static final String CODE = "code";

	static final String ARGUMENTS = "arguments";

	static final String INVALID = "request.invalid";

	private static final ResourceBundleMessageSource BUNDLES = bundles();

	private ProblemMessages() {
	}

	/**
	 * The bundles as Spring Boot's {@code spring.messages} configures them: UTF-8, no
	 * fallback to the machine's language, every message a {@code MessageFormat}.
	 */
	public static ResourceBundleMessageSource bundles() {
		ResourceBundleMessageSource bundles = new ResourceBundleMessageSource();
		bundles.setBasename("messages");
		bundles.setDefaultEncoding("UTF-8");
		bundles.setFallbackToSystemLocale(false);
		bundles.setAlwaysUseMessageFormat(true);
		return bundles;
	}

	/** The English message; a code without one is a mistake of ours and fails here. */
	static String english(String code, List<String> arguments) {
		return english(code, arguments.toArray());
	}

	static String english(String code, Object[] arguments) {
		return BUNDLES.getMessage(code, arguments, Locale.ROOT);
	}

	static String english(MessageSourceResolvable message) {
		return BUNDLES.getMessage(message, Locale.ROOT);
	}

	static boolean has(String code) {
		return BUNDLES.getMessage(code, null, null, Locale.ROOT) != null;
	}

	/**
	 * Arguments as the bundles take them: a message of its own ({@link Problems#message})
	 * as it is, rendered in the reader's language with the rest; anything else as text (a
	 * number as it is, not grouped in thousands).
	 */
	static Object[] arguments(Object... arguments) {
		return Arrays.stream(arguments)
			.map((argument) -> (argument instanceof MessageSourceResolvable) ? argument : String.valueOf(argument))
			.toArray();
	}

	/** The arguments as the problem shows them: each as text, in English. */
	static List<String> texts(Object[] arguments) {
		return Arrays.stream(arguments)
			.map((argument) -> (argument instanceof MessageSourceResolvable message) ? english(message)
					: String.valueOf(argument))
			.toList();
	}

	/** A problem's own title ({@code title.} and its code), else its status's. */
	static String titleCode(int status, String code) {
		return has("title." + code) ? "title." + code : "title." + status;
	}

	static String detail(List<FieldProblem> problems) {
		return problems.isEmpty() ? english(INVALID, List.of()) : joined(problems);
	}

	/** The request's language: the one it asks for, else English. */
	public static Locale localeOf(HttpServletRequest request) {
		return (request.getHeader(HttpHeaders.ACCEPT_LANGUAGE) != null) ? request.getLocale() : Locale.ENGLISH;
	}

	/** The problem in this language. */
	public static ProblemDetail localize(ErrorResponseException ex, MessageSource messages, Locale locale) {
		return localize(ex.getBody(), ex.getDetailMessageArguments(), messages, locale);
	}

	/**
	 * The problem in this language, where it has a code; as it was otherwise.
	 * @param arguments the arguments as given (nested messages unrendered), or null to
	 * take the problem's {@code arguments}
	 */
	@SuppressWarnings("unchecked")
	static ProblemDetail localize(ProblemDetail body, Object[] arguments, MessageSource messages, Locale locale) {
		Map<String, Object> properties = body.getProperties();
		if (properties == null || !(properties.get(CODE) instanceof String code)) {
			return body;
		}
		body.setTitle(messages.getMessage(titleCode(body.getStatus(), code), null, locale));
		if (properties.get("errors") instanceof List<?> errors && !errors.isEmpty()) {
			List<FieldProblem> localized = ((List<FieldProblem>) errors).stream()
				.map((problem) -> problem.in(messages.getMessage(problem.code(), problem.given(), locale)))
				.toList();
			body.setProperty("errors", localized);
			body.setDetail(joined(localized));
		}
		else {
			Object[] given = (arguments != null) ? arguments : ((List<String>) properties.get(ARGUMENTS)).toArray();
			body.setDetail(messages.getMessage(code, given, locale));
		}
		return body;
	}

	private static String joined(List<FieldProblem> problems) {
		return String.join("; ",
				problems.stream().map((problem) -> problem.field() + ": " + problem.message()).toList());
	}

}
