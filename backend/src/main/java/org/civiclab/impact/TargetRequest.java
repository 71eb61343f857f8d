package org.civiclab.impact;

import java.math.BigDecimal;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * An impact target: a metric, its unit, where it stands and where it should get to.
 */
public record TargetRequest(@NotBlank @Size(max = 200) String metric, @NotBlank @Size(max = 40) String unit,
		@NotNull @Digits(integer = 14, fraction = 4) BigDecimal baseline,
		@NotNull @Digits(integer = 14, fraction = 4) BigDecimal target) {
}
