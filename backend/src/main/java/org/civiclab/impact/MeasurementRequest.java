package org.civiclab.impact;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

/**
 * A benefit measured against an impact target on a date.
 */
public record MeasurementRequest(@NotNull @PastOrPresent LocalDate measuredOn,
		@NotNull @Digits(integer = 14, fraction = 4) BigDecimal value, @Size(max = 1000) String note) {
}
