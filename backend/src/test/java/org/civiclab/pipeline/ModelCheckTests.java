package org.civiclab.pipeline;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** What a new version of the model must be before it is deployed. */
class ModelCheckTests {

	@Test
	void theShippedModelPasses() {
		assertThat(ModelCheck.problems(bytes(shipped()))).isEmpty();
	}

	@Test
	void aFileThatIsNoBpmnIsRefusedWithTheParsersReason() {
		assertThat(ModelCheck.problems(bytes("<not-bpmn/>"))).singleElement()
			.satisfies((problem) -> assertThat(problem).startsWith("is not a BPMN 2.0 model"));
		assertThat(ModelCheck.problems(bytes(""))).hasSize(1);
	}

	@Test
	void anotherProcessIsRefused() {
		assertThat(ModelCheck.problems(bytes(shipped().replace("id=\"innovation-pipeline\"", "id=\"payroll\""))))
			.singleElement()
			.satisfies((problem) -> assertThat(problem).contains("innovation-pipeline").contains("payroll"));
	}

	@Test
	void aModelWithoutHistoryTimeToLiveOrNotExecutableIsRefused() {
		String model = shipped().replace("camunda:historyTimeToLive=\"365\"", "")
			.replace("isExecutable=\"true\"", "isExecutable=\"false\"");

		assertThat(ModelCheck.problems(bytes(model))).containsExactly(
				"the process innovation-pipeline is not marked executable",
				"the process has no history time-to-live (camunda:historyTimeToLive)");
	}

	@Test
	void everyPlaceWhereAnIdeaCanStandNeedsAStage() {
		String model = shipped().replace("<camunda:property name=\"stage\" value=\"test\" />", "")
			.replace("<camunda:property name=\"stage\" value=\"shelf\" />", "");

		assertThat(ModelCheck.problems(bytes(model))).containsExactly(
				"UserTask_RunTest (\"Run test\") is a place where an idea can stand but has no stage property",
				"UserTask_DecideAfterTimeBox (\"Decide after time box\") is a place where an idea can stand but has no stage property",
				"TimerEvent_ShelvedFromScreening (\"Wake-up date reached\") is a place where an idea can stand but has no stage property",
				"TimerEvent_ShelvedFromTest (\"Wake-up date reached\") is a place where an idea can stand but has no stage property",
				"TimerEvent_ShelvedFromScaleDecision (\"Wake-up date reached\") is a place where an idea can stand but has no stage property");
	}

	private static byte[] bytes(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

	private static String shipped() {
		try (InputStream in = ModelCheckTests.class.getResourceAsStream("/processes/innovation-pipeline.bpmn")) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new AssertionError(ex);
		}
	}

}
