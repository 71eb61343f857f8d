package org.civiclab.experiment;

import java.math.BigDecimal;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A test card: "We believe… To verify that, we will… and measure… We are right if…", with
 * its time box, budget cap, test group and partners. {@code version} is the experiment's
 * version the client read, for an edit.
 */
public record TestCardRequest(@NotBlank @Size(max = 200) String title, @NotBlank @Size(max = 2000) String hypothesis,
		@NotBlank @Size(max = 2000) String test, @NotBlank @Size(max = 1000) String metric,
		@NotBlank @Size(max = 1000) String criterion, @Min(1) @Max(365) int timeBoxDays,
		@DecimalMin("0") @Digits(integer = 12, fraction = 2) BigDecimal budgetCap, @Size(max = 500) String testGroup,
		@Size(max = 500) String partners, Long version) {
}
