package org.civiclab.idea;

import java.time.Instant;
import java.util.function.BiPredicate;

import com.fasterxml.jackson.annotation.JsonValue;

import org.springframework.util.StringUtils;

/**
 * A field a gate decision may need: its name in the API and how its presence is checked;
 * what a decider is told when it is missing is {@code decision.missing.<apiName>} in the
 * message bundles. Which decision needs which field is the {@link GateCatalogue}'s.
 */
public enum DecisionField {

	RATIONALE("rationale", (input, now) -> StringUtils.hasText(input.rationale())),

	SCORES("scores", (input, now) -> input.hasScores()),

	LEARNING_CARD("learningCard", (input, now) -> input.hasLearningCard()),

	BUDGET("budget", (input, now) -> input.budget() != null),

	RECEIVING_UNIT("receivingUnit", (input, now) -> StringUtils.hasText(input.receivingUnit())),

	CHECKLIST("checklist", (input, now) -> input.hasCompleteChecklist()),

	TIME_BOX_ENDS_AT("timeBoxEndsAt",
			(input, now) -> input.timeBoxEndsAt() != null && input.timeBoxEndsAt().isAfter(now)),

	WAKE_UP_AT("wakeUpAt", (input, now) -> input.wakeUpAt() != null && input.wakeUpAt().isAfter(now));

	private final String apiName;

	private final BiPredicate<DecisionInput, Instant> present;

	DecisionField(String apiName, BiPredicate<DecisionInput, Instant> present) {
		this.apiName = apiName;
		this.present = present;
	}

	/** The field's name in the decision request. */
	@JsonValue
	public String apiName() {
		return this.apiName;
	}

	public boolean isPresentIn(DecisionInput input, Instant now) {
		return this.present.test(input, now);
	}

}
