package org.civiclab.idea;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.civiclab.web.ProblemMessages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each decision field's presence check and what a decider is told when it is missing.
 */
class DecisionFieldTests {

	private static final Instant NOW = Instant.parse("2026-06-01T09:00:00Z");

	/** A decision request with every field filled in and valid. */
	private static final Input COMPLETE = new Input("Because the test says so", true, true, new BigDecimal("1000"),
			"Family services", true, NOW.plus(30, ChronoUnit.DAYS), NOW.plus(10, ChronoUnit.DAYS));

	/** A decision request with nothing in it. */
	private static final Input EMPTY = new Input(null, false, false, null, null, false, null, null);

	@ParameterizedTest
	@EnumSource(DecisionField.class)
	void aFieldIsPresentInACompleteDecisionAndMissingFromAnEmptyOne(DecisionField field) {
		assertThat(field.isPresentIn(COMPLETE, NOW)).isTrue();
		assertThat(field.isPresentIn(EMPTY, NOW)).isFalse();
	}

	@ParameterizedTest
	@EnumSource(DecisionField.class)
	void aFieldTellsWhatIsMissingUnderItsNameInTheApi(DecisionField field) throws Exception {
		assertThat(missing(field)).isNotBlank();
		assertThat(field.apiName()).matches("[a-z][A-Za-z]+");
		assertThat(new ObjectMapper().writeValueAsString(field)).isEqualTo("\"" + field.apiName() + "\"");
	}

	@Test
	void aRationaleOrReceivingUnitOfBlanksIsMissing() {
		Input blanks = COMPLETE.with("  ", "\t");

		assertThat(DecisionField.RATIONALE.isPresentIn(blanks, NOW)).isFalse();
		assertThat(DecisionField.RECEIVING_UNIT.isPresentIn(blanks, NOW)).isFalse();
	}

	@Test
	void aTimeBoxOrWakeUpDateMustBeInTheFuture() {
		Input now = COMPLETE.at(NOW, NOW);
		Input past = COMPLETE.at(NOW.minusSeconds(1), NOW.minus(1, ChronoUnit.DAYS));
		Input justAfter = COMPLETE.at(NOW.plusSeconds(1), NOW.plusSeconds(1));

		assertThat(DecisionField.TIME_BOX_ENDS_AT.isPresentIn(now, NOW)).isFalse();
		assertThat(DecisionField.WAKE_UP_AT.isPresentIn(now, NOW)).isFalse();
		assertThat(DecisionField.TIME_BOX_ENDS_AT.isPresentIn(past, NOW)).isFalse();
		assertThat(DecisionField.WAKE_UP_AT.isPresentIn(past, NOW)).isFalse();
		assertThat(DecisionField.TIME_BOX_ENDS_AT.isPresentIn(justAfter, NOW)).isTrue();
		assertThat(DecisionField.WAKE_UP_AT.isPresentIn(justAfter, NOW)).isTrue();
	}

	@Test
	void aBudgetOfNothingIsABudget() {
		assertThat(DecisionField.BUDGET.isPresentIn(COMPLETE.withBudget(BigDecimal.ZERO), NOW)).isTrue();
	}

	@Test
	void theChecklistMessageNamesEveryItem() {
		assertThat(missing(DecisionField.CHECKLIST))
			.contains("data protection, accessibility, procurement, licence, service owner");
	}

	/** What the decider is told when the field is missing, in English. */
	private static String missing(DecisionField field) {
		return ProblemMessages.bundles().getMessage("decision.missing." + field.apiName(), null, Locale.ROOT);
	}

	record Input(String rationale, boolean hasScores, boolean hasLearningCard, BigDecimal budget, String receivingUnit,
			boolean hasCompleteChecklist, Instant timeBoxEndsAt, Instant wakeUpAt) implements DecisionInput {

		Input with(String rationale, String receivingUnit) {
			return new Input(rationale, this.hasScores, this.hasLearningCard, this.budget, receivingUnit,
					this.hasCompleteChecklist, this.timeBoxEndsAt, this.wakeUpAt);
		}

		Input withBudget(BigDecimal budget) {
			return new Input(this.rationale, this.hasScores, this.hasLearningCard, budget, this.receivingUnit,
					this.hasCompleteChecklist, this.timeBoxEndsAt, this.wakeUpAt);
		}

		Input at(Instant timeBoxEndsAt, Instant wakeUpAt) {
			return new Input(this.rationale, this.hasScores, this.hasLearningCard, this.budget, this.receivingUnit,
					this.hasCompleteChecklist, timeBoxEndsAt, wakeUpAt);
		}

	}

}
