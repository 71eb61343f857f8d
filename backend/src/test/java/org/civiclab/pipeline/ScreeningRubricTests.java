package org.civiclab.pipeline;

import java.util.Map;

import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

/**
 * Evaluates the screening rubric ({@code processes/screening-rubric.dmn}) on the engine,
 * one score set per rule: the first rule that matches gives the recommendation.
 */
@Deployment(resources = "processes/screening-rubric.dmn")
class ScreeningRubricTests {

	@RegisterExtension
	static ProcessEngineExtension engine = ProcessEngineExtension.builder()
		.configurationResource("process-tests.camunda.cfg.xml")
		.build();

	@ParameterizedTest(name = "fit {0}, value {1}, feasibility {2}, novelty {3}: {4} ({6})")
	@CsvSource(delimiter = '|', textBlock = """
			1 | 5 | 5 | 5 | KILL    | No strategic fit or value for citizens | no-fit
			5 | 1 | 5 | 5 | KILL    | No strategic fit or value for citizens | no-fit
			5 | 4 | 3 | 3 | GO      | Strong case that can be tested now | strong-and-feasible
			5 | 5 | 5 | 5 | GO      | Strong case that can be tested now | strong-and-feasible
			5 | 5 | 2 | 5 | HOLD    | Promising, but not feasible yet | promising-not-feasible
			4 | 4 | 1 | 4 | HOLD    | Promising, but not feasible yet | promising-not-feasible
			4 | 4 | 3 | 3 | RECYCLE | Worth another round with the submitter | worth-another-round
			3 | 3 | 2 | 2 | RECYCLE | Worth another round with the submitter | worth-another-round
			2 | 2 | 3 | 2 | KILL    | Too weak a case to pursue | too-weak
			""")
	void recommendsTheOutcomeOfTheFirstMatchingRule(int strategicFit, int citizenValue, int feasibility, int novelty,
			String recommendation, String reason, String reasonCode) {
		Map<String, Object> result = evaluate(strategicFit, citizenValue, feasibility, novelty);

		assertThat(result).containsOnly(entry("recommendation", recommendation), entry("reason", reason),
				entry("reasonCode", reasonCode));
	}

	@Test
	void aMissingStrategicFitOutweighsEveryOtherScore() {
		Map<String, Object> result = evaluate(1, 1, 5, 5);

		assertThat(result).containsEntry("recommendation", "KILL")
			.containsEntry("reason", "No strategic fit or value for citizens");
	}

	private static Map<String, Object> evaluate(int strategicFit, int citizenValue, int feasibility, int novelty) {
		DmnDecisionResult result = engine.getDecisionService()
			.evaluateDecisionByKey(PipelineProcess.RUBRIC)
			.variables(Variables.createVariables()
				.putValue("strategicFit", strategicFit)
				.putValue("citizenValue", citizenValue)
				.putValue("feasibility", feasibility)
				.putValue("novelty", novelty))
			.evaluate();
		return result.getSingleResult().getEntryMap();
	}

}
