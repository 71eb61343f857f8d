package org.civiclab.lists;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;

import org.civiclab.web.Problems;

import org.springframework.context.MessageSourceResolvable;

/**
 * Checks one value against its field's type: the value as it is stored, or what is wrong
 * with it. Pure, so a table test covers it.
 */
final class FieldRules {

	static final int MAX_TEXT = 1000;

	private FieldRules() {
	}

	/**
	 * The stored form of a value, or a problem; a blank value is checked by the caller.
	 */
	static Result check(FieldSpec field, String value) {
		String text = value.strip();
		return switch (field.type()) {
			case TEXT ->
				(text.length() <= MAX_TEXT) ? Result.ok(text) : Result.wrong("custom-field.too-long", MAX_TEXT);
			case NUMBER -> number(text);
			case DATE -> date(text);
			case CHOICE -> field.choices()
				.stream()
				.filter((choice) -> choice.toLowerCase(Locale.ROOT).equals(text.toLowerCase(Locale.ROOT)))
				.findFirst()
				.map(Result::ok)
				.orElseGet(() -> Result.wrong("custom-field.not-a-choice", String.join(", ", field.choices())));
		};
	}

	private static Result number(String text) {
		try {
			return Result.ok(new BigDecimal(text).stripTrailingZeros().toPlainString());
		}
		catch (NumberFormatException ex) {
			return Result.wrong("custom-field.not-a-number");
		}
	}

	private static Result date(String text) {
		try {
			return Result.ok(LocalDate.parse(text).toString());
		}
		catch (DateTimeParseException ex) {
			return Result.wrong("custom-field.not-a-date");
		}
	}

	/** A stored value or a problem, to be rendered in the reader's language. */
	record Result(Optional<String> stored, MessageSourceResolvable problem) {

		static Result ok(String stored) {
			return new Result(Optional.of(stored), null);
		}

		static Result wrong(String code, Object... arguments) {
			return new Result(Optional.empty(), Problems.message(code, arguments));
		}

	}

}
