package org.civiclab.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.ReportAsSingleViolation;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/**
 * The one rule for the page number of every paged endpoint: from 0 to {@value #MAX}. With
 * the endpoints' page sizes (at most a few hundred), the first row asked for, page ×
 * size, stays far below what a number holds; a page beyond it is a 400 naming the
 * parameter, not a 500 from an overflow. No portfolio has anywhere near that many pages.
 */
@Documented
@Constraint(validatedBy = {})
@Min(0)
@Max(PageNumber.MAX)
@ReportAsSingleViolation
@Target({ ElementType.PARAMETER, ElementType.FIELD })
@Retention(RetentionPolicy.RUNTIME)
public @interface PageNumber {

	/** The highest page number any endpoint answers. */
	int MAX = 10_000;

	String message() default "must be a page number from 0 to " + MAX;

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

}
