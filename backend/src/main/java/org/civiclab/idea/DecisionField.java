package org.civiclab.idea;

import java.time.Instant;
import java.util.function.BiPredicate;

import com.fasterxml.jackson.annotation.JsonValue;

import org.springframework.util.StringUtils;

/**
 * A field a gate decision may need: its name in the API, how its presence is checked and
 * what a decider is told when it is missing. Which decision needs which field is the
 * {@link GateCatalogue}'s.
 */
public enum DecisionField {

	RATIONALE("rationale", "is required: say why", (input, now) -> StringUtils.hasText(input.rationale())),

	SCORES("scores", "are required at screening: strategic fit, value for citizens, feasibility, novelty",
			(input, now) -> input.hasScores()),

	LEARNING_CARD("learningCard", "is required to stop an idea: what was believed, observed, learned, and what next",
			(input, now) -> input.hasLearningCard()),

	BUDGET("budget", "is required to scale", (input, now) -> input.budget() != null),

	RECEIVING_UNIT("receivingUnit", "is required to scale: who runs it from now on",
			(input, now) -> StringUtils.hasText(input.receivingUnit())),

	CHECKLIST("checklist",
			"must be complete to scale: data protection, accessibility, procurement, licence, service owner",
			(input, now) -> input.hasCompleteChecklist()),

	TIME_BOX_ENDS_AT("timeBoxEndsAt", "is required and must be in the future: when the test's time box ends",
			(input, now) -> input.timeBoxEndsAt() != null && input.timeBoxEndsAt().isAfter(now)),

	WAKE_UP_AT("wakeUpAt", "is required and must be in the future: when the idea comes off the shelf",
			(input, now) -> input.wakeUpAt() != null && input.wakeUpAt().isAfter(now));

	private final String apiName;

	private final String missing;

	private final BiPredicate<DecisionInput, Instant> present;

	DecisionField(String apiName, String missing, BiPredicate<DecisionInput, Instant> present) {
		this.apiName = apiName;
		this.missing = missing;
		this.present = present;
	}

	/** The field's name in the decision request. */
	@JsonValue
	public String apiName() {
		return this.apiName;
	}

	/** What the decider is told when the field is missing or not valid. */
	public String missing() {
		return this.missing;
	}

	public boolean isPresentIn(DecisionInput input, Instant now) {
		return this.present.test(input, now);
	}

}
