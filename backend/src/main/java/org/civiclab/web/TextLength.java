package org.civiclab.web;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.constraints.Size;

/**
 * {@code @Size} on text counts characters (code points), not UTF-16 units: every
 * {@code @Size} on a {@code String} anywhere — request bodies, query parameters, entities
 * — is checked by this validator, registered with Hibernate Validator through
 * {@code META-INF/services} (a validator for {@code String} is more specific than the
 * built-in one for {@code CharSequence}).
 */
public final class TextLength implements ConstraintValidator<Size, String> {

	private int min;

	private int max;

	@Override
	public void initialize(Size size) {
		this.min = size.min();
		this.max = size.max();
	}

	@Override
	public boolean isValid(String text, ConstraintValidatorContext context) {
		if (text == null) {
			return true;
		}
		int length = Text.length(text);
		return length >= this.min && length <= this.max;
	}

}
