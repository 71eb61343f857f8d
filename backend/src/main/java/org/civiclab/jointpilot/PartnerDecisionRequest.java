package org.civiclab.jointpilot;

import java.math.BigDecimal;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.civiclab.idea.Outcome;

/**
 * A partner's scale decision: Go (with the budget and the receiving unit of the partner's
 * own organisation) or Kill, and why.
 */
record PartnerDecisionRequest(@NotNull Outcome outcome, @NotBlank @Size(max = 4000) String rationale,
		@DecimalMin("0") @Digits(integer = 12, fraction = 2) BigDecimal budget, @Size(max = 200) String receivingUnit) {
}
