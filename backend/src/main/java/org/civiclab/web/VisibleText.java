package org.civiclab.web;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.constraints.NotBlank;

/**
 * {@code @NotBlank} on text means something visible: a required text of zero-width
 * spaces, no-break spaces or other invisible characters is as blank as one of spaces
 * ({@link Text#isBlank}). Registered like {@link TextLength}.
 */
public final class VisibleText implements ConstraintValidator<NotBlank, String> {

	@Override
	public boolean isValid(String text, ConstraintValidatorContext context) {
		return text != null && !Text.isBlank(text);
	}

}
