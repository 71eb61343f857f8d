package org.civiclab.idea;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

import org.civiclab.idea.GateCatalogue.Entry;
import org.civiclab.idea.IdeaAction.OutcomeFields;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The gate catalogue: the fields each gate's decision must carry for each outcome, which
 * decision publishes an idea and which proposes it for scaling, and the catalogue the web
 * app reads for a model's gates.
 */
class GateCatalogueTests {

	@ParameterizedTest(name = "{0} {1}: {2}")
	@CsvSource(delimiter = '|', nullValues = "none", textBlock = """
			SCREENING | GO      | rationale,scores
			SCREENING | KILL    | rationale,scores
			SCREENING | HOLD    | rationale,scores,wakeUpAt
			SCREENING | RECYCLE | rationale,scores
			PLAN      | GO      | rationale,timeBoxEndsAt
			PLAN      | KILL    | rationale
			PLAN      | HOLD    | rationale,wakeUpAt
			PLAN      | RECYCLE | rationale
			TEST      | GO      | rationale
			TEST      | KILL    | rationale,learningCard
			TEST      | HOLD    | rationale,timeBoxEndsAt,wakeUpAt
			TEST      | RECYCLE | rationale
			SCALE     | GO      | rationale,budget,receivingUnit,checklist
			SCALE     | KILL    | rationale,learningCard
			SCALE     | HOLD    | rationale,wakeUpAt
			SCALE     | RECYCLE | rationale,timeBoxEndsAt
			ADOPTION  | GO      | rationale
			ADOPTION  | KILL    | rationale
			ADOPTION  | HOLD    | rationale,wakeUpAt
			ADOPTION  | RECYCLE | rationale
			REVISION  | GO      | none
			REVISION  | KILL    | none
			REVISION  | HOLD    | none
			REVISION  | RECYCLE | none
			""")
	void eachDecisionNeedsTheFieldsOfItsGateAndOutcomeInOrder(Gate gate, Outcome outcome, String fields) {
		List<String> expected = (fields != null) ? List.of(fields.split(",")) : List.of();

		assertThat(GateCatalogue.requiredFields(gate, outcome)).extracting(DecisionField::apiName)
			.containsExactlyElementsOf(expected);
	}

	@Test
	void theTableAboveHasARowForEveryGateAndOutcome() throws Exception {
		CsvSource table = getClass()
			.getDeclaredMethod("eachDecisionNeedsTheFieldsOfItsGateAndOutcomeInOrder", Gate.class, Outcome.class,
					String.class)
			.getAnnotation(CsvSource.class);
		List<String> rows = table.textBlock()
			.lines()
			.filter((line) -> !line.isBlank())
			.map((line) -> line.split("\\|"))
			.map((cells) -> cells[0].trim() + " " + cells[1].trim())
			.toList();

		List<String> combinations = new java.util.ArrayList<>();
		for (Gate gate : Gate.values()) {
			for (Outcome outcome : Outcome.values()) {
				combinations.add(gate + " " + outcome);
			}
		}
		assertThat(rows).containsExactlyInAnyOrderElementsOf(combinations);
	}

	@ParameterizedTest
	@EnumSource(Gate.class)
	void everyDecisionButTheRevisionNeedsARationaleFirst(Gate gate) {
		for (Outcome outcome : Outcome.values()) {
			List<DecisionField> fields = GateCatalogue.requiredFields(gate, outcome);
			if (gate == Gate.REVISION) {
				assertThat(fields).as("%s %s", gate, outcome).isEmpty();
			}
			else {
				assertThat(fields).as("%s %s", gate, outcome).first().isEqualTo(DecisionField.RATIONALE);
				assertThat(fields).as("%s %s", gate, outcome).doesNotHaveDuplicates();
			}
		}
	}

	@Test
	void theRevisionIsTheOnlyGateThatIsNoDecision() {
		assertThat(Gate.values()).filteredOn((gate) -> !gate.isDecision()).containsExactly(Gate.REVISION);
	}

	@Test
	void onlyTheScreeningGoPublishesAndOnlyTheTestGoProposesScaling() {
		for (Gate gate : Gate.values()) {
			for (Outcome outcome : Outcome.values()) {
				assertThat(GateCatalogue.publishes(gate, outcome)).as("%s %s publishes", gate, outcome)
					.isEqualTo(gate == Gate.SCREENING && outcome == Outcome.GO);
				assertThat(GateCatalogue.proposesScaling(gate, outcome)).as("%s %s proposes scaling", gate, outcome)
					.isEqualTo(gate == Gate.TEST && outcome == Outcome.GO);
			}
		}
	}

	@Test
	void aGateIsNamedInTheModelInLowerCaseAndAnUnknownOneIsNone() {
		assertThat(Gate.fromModel("scale")).isEqualTo(Gate.SCALE);
		assertThat(Gate.fromModel("revision")).isEqualTo(Gate.REVISION);
		assertThat(Gate.ADOPTION.modelName()).isEqualTo("adoption");
		assertThat(Gate.fromModel("pilot")).isNull();
		assertThat(Gate.fromModel("SCALE")).isNull();
		assertThat(Gate.fromModel(null)).isNull();
	}

	@Test
	void theCatalogueOfAModelListsItsKnownGatesWithTheOutcomesTheModelAllowsAndTheirFields() {
		Map<String, List<String>> model = new LinkedHashMap<>();
		model.put("screening", List.of("GO", "HOLD"));
		model.put("pilot", List.of("GO"));
		model.put("revision", List.of("GO"));
		model.put("scale", List.of("RECYCLE", "GO"));

		List<Entry> catalogue = GateCatalogue.of(model);

		assertThat(catalogue).extracting(Entry::gate).containsExactly(Gate.SCREENING, Gate.REVISION, Gate.SCALE);
		assertThat(catalogue).extracting(Entry::decision).containsExactly(true, false, true);
		assertThat(catalogue.get(0).outcomes()).containsExactly(
				new OutcomeFields(Outcome.GO, List.of(DecisionField.RATIONALE, DecisionField.SCORES), false),
				new OutcomeFields(Outcome.HOLD,
						List.of(DecisionField.RATIONALE, DecisionField.SCORES, DecisionField.WAKE_UP_AT), false));
		assertThat(catalogue.get(1).outcomes()).containsExactly(new OutcomeFields(Outcome.GO, List.of(), false));
		assertThat(catalogue.get(2).outcomes()).extracting(OutcomeFields::outcome)
			.as("in the model's order")
			.containsExactly(Outcome.RECYCLE, Outcome.GO);
	}

	@ParameterizedTest
	@EnumSource(Gate.class)
	void onlyAKillAtADecisionGateEndsTheIdeaForGood(Gate gate) {
		assertThat(GateCatalogue.endsIdea(gate, Outcome.KILL)).isEqualTo(gate.isDecision());
		for (Outcome other : List.of(Outcome.GO, Outcome.HOLD, Outcome.RECYCLE)) {
			assertThat(GateCatalogue.endsIdea(gate, other)).as(other.name()).isFalse();
		}
	}

}
