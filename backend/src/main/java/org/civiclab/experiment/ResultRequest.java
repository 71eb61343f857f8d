package org.civiclab.experiment;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * What a test showed: its result, outcome and learning card.
 */
public record ResultRequest(@NotBlank @Size(max = 4000) String result, @NotNull ExperimentOutcome outcome,
		@NotNull @Valid LearningCard learningCard, @NotNull Long version) {
}
