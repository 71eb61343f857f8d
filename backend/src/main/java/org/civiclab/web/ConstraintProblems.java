package org.civiclab.web;

import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.validation.ConstraintViolation;

import org.civiclab.web.Problems.FieldProblem;

import org.springframework.validation.FieldError;

/**
 * A Bean Validation finding as a field problem with a code: the constraint's own message
 * key where it names one of ours ({@code message = "{field.username-rule}"}), else
 * {@code field.} and the constraint's name ({@code @Size} → {@code field.size}), with its
 * attributes in the order of their names as the arguments ({@code @Size}: max, min).
 */
final class ConstraintProblems {

	private static final Pattern OWN_KEY = Pattern.compile("\\{((?:field|problem)\\.[a-z0-9.-]+)}");

	private static final Set<String> NO_ARGUMENTS = Set.of("groups", "payload", "message", "flags", "inclusive");

	private ConstraintProblems() {
	}

	static FieldProblem of(FieldError error) {
		if (error.contains(ConstraintViolation.class)) {
			return of(error.getField(), error.unwrap(ConstraintViolation.class));
		}
		if ("typeMismatch".equals(error.getCode())) {
			return FieldProblem.of(error.getField(), "field.wrong-type");
		}
		return FieldProblem.of(error.getField(), "field.invalid", String.valueOf(error.getDefaultMessage()));
	}

	static FieldProblem of(String field, ConstraintViolation<?> violation) {
		Matcher own = OWN_KEY.matcher(violation.getMessageTemplate());
		if (own.matches()) {
			return FieldProblem.of(field, own.group(1));
		}
		String code = "field." + kebab(violation.getConstraintDescriptor().getAnnotation().annotationType());
		if (!ProblemMessages.has(code)) {
			return FieldProblem.of(field, "field.invalid", violation.getMessage());
		}
		Map<String, Object> attributes = violation.getConstraintDescriptor().getAttributes();
		return FieldProblem.of(field, code,
				attributes.keySet()
					.stream()
					.filter((name) -> !NO_ARGUMENTS.contains(name))
					.sorted()
					.map(attributes::get)
					.toArray());
	}

	/** NotBlank → not-blank. */
	private static String kebab(Class<?> annotation) {
		return annotation.getSimpleName().replaceAll("([a-z])([A-Z])", "$1-$2").toLowerCase(java.util.Locale.ROOT);
	}

}
