package org.civiclab.idea;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * What a decider sends with a gate decision, as the {@link DecisionField}s check it.
 */
public interface DecisionInput {

	String rationale();

	boolean hasScores();

	boolean hasLearningCard();

	BigDecimal budget();

	String receivingUnit();

	boolean hasCompleteChecklist();

	Instant timeBoxEndsAt();

	Instant wakeUpAt();

}
