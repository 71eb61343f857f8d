package org.civiclab.experiment;

import java.math.BigDecimal;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/**
 * What a test showed: its result, outcome and learning card, and what it cost if known.
 */
public record ResultRequest(@NotBlank @Size(max = 4000) String result, @NotNull ExperimentOutcome outcome,
		@NotNull @Valid LearningCard learningCard,
		@PositiveOrZero @Digits(integer = 12, fraction = 2) BigDecimal costSpent, @NotNull Long version) {
}
