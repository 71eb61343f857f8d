package org.civiclab.decision;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.civiclab.experiment.LearningCard;
import org.civiclab.idea.DecisionInput;
import org.civiclab.idea.Gate;
import org.civiclab.idea.Outcome;

/**
 * A gate decision as the decider sends it. Which of the optional fields are required
 * depends on the gate and outcome ({@link org.civiclab.idea.GateCatalogue}).
 *
 * @param version the version of the idea the decider read
 */
public record DecisionRequest(@NotNull Gate gate, @NotNull Outcome outcome, @Size(max = 4000) String rationale,
		@Size(max = 2000) String conditions, @Valid Scores scores, @Valid LearningCard learningCard,
		@DecimalMin("0") @Digits(integer = 12, fraction = 2) BigDecimal budget, @Size(max = 200) String receivingUnit,
		Checklist checklist, Instant timeBoxEndsAt, Instant wakeUpAt, @Size(max = 50) List<@NotNull Long> experimentIds,
		@NotNull Long version) implements DecisionInput {

	/**
	 * The same decision naming the receiving unit as the organisation's list spells it.
	 */
	DecisionRequest withReceivingUnit(String unit) {
		return new DecisionRequest(this.gate, this.outcome, this.rationale, this.conditions, this.scores,
				this.learningCard, this.budget, unit, this.checklist, this.timeBoxEndsAt, this.wakeUpAt,
				this.experimentIds, this.version);
	}

	/** The screening rubric's scores, 1 to 5 each. */
	public record Scores(@NotNull @Min(1) @Max(5) Integer strategicFit, @NotNull @Min(1) @Max(5) Integer citizenValue,
			@NotNull @Min(1) @Max(5) Integer feasibility, @NotNull @Min(1) @Max(5) Integer novelty) {
	}

	/** The scale checklist; every item must be done before scaling. */
	public record Checklist(boolean dataProtection, boolean accessibility, boolean procurement, boolean licence,
			boolean serviceOwner) {

		boolean complete() {
			return this.dataProtection && this.accessibility && this.procurement && this.licence && this.serviceOwner;
		}

		/** The items ticked, as they are stored with the decision. */
		String ticked() {
			List<String> items = new java.util.ArrayList<>();
			if (this.dataProtection) {
				items.add("dataProtection");
			}
			if (this.accessibility) {
				items.add("accessibility");
			}
			if (this.procurement) {
				items.add("procurement");
			}
			if (this.licence) {
				items.add("licence");
			}
			if (this.serviceOwner) {
				items.add("serviceOwner");
			}
			return String.join(",", items);
		}

	}

	@Override
	public boolean hasScores() {
		return this.scores != null;
	}

	@Override
	public boolean hasLearningCard() {
		return this.learningCard != null;
	}

	@Override
	public boolean hasCompleteChecklist() {
		return this.checklist != null && this.checklist.complete();
	}

	List<Long> experimentIdsOrNone() {
		return (this.experimentIds != null) ? this.experimentIds : List.of();
	}

}
