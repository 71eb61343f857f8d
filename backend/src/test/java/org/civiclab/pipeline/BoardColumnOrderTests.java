package org.civiclab.pipeline;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.repository.ProcessDefinitionQuery;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.RETURNS_SELF;
import static org.mockito.Mockito.mock;

/**
 * The board's columns in the order the model gives them (docs/adr/0008): stages where
 * people work first, in the order the flow reaches them from the start; then other stages
 * (the shelf); then the ends, also in the order the flow reaches them. Read from model
 * files, without an engine.
 */
class BoardColumnOrderTests {

	/**
	 * Listed out of order on purpose: a timer stage nearest the start, a stage of two
	 * tasks, a label left out, an end reached early.
	 */
	private static final String MODEL = """
			<?xml version="1.0" encoding="UTF-8"?>
			<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
			    xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="Definitions_Order"
			    targetNamespace="https://civiclab.example/tests">
			  <bpmn:process id="column-order" isExecutable="true" camunda:historyTimeToLive="30">
			    <bpmn:endEvent id="EndEvent_Done">
			      <bpmn:extensionElements><camunda:properties>
			        <camunda:property name="stage" value="done" /><camunda:property name="stageLabel" value="Done" />
			      </camunda:properties></bpmn:extensionElements>
			      <bpmn:incoming>Flow_6</bpmn:incoming>
			    </bpmn:endEvent>
			    <bpmn:userTask id="UserTask_Later" camunda:candidateGroups="lab-lead">
			      <bpmn:extensionElements><camunda:properties>
			        <camunda:property name="stage" value="later" /><camunda:property name="stageLabel" value="Later" />
			        <camunda:property name="records" value="experiments" />
			      </camunda:properties></bpmn:extensionElements>
			      <bpmn:incoming>Flow_3</bpmn:incoming><bpmn:outgoing>Flow_5</bpmn:outgoing>
			    </bpmn:userTask>
			    <bpmn:intermediateCatchEvent id="TimerEvent_Wait">
			      <bpmn:extensionElements><camunda:properties>
			        <camunda:property name="stage" value="waiting" /><camunda:property name="stageLabel" value="Waiting" />
			      </camunda:properties></bpmn:extensionElements>
			      <bpmn:incoming>Flow_1</bpmn:incoming><bpmn:outgoing>Flow_2</bpmn:outgoing>
			      <bpmn:timerEventDefinition><bpmn:timeDuration>P1D</bpmn:timeDuration></bpmn:timerEventDefinition>
			    </bpmn:intermediateCatchEvent>
			    <bpmn:startEvent id="StartEvent_Begin"><bpmn:outgoing>Flow_1</bpmn:outgoing></bpmn:startEvent>
			    <bpmn:userTask id="UserTask_First" camunda:candidateGroups="lab-lead">
			      <bpmn:extensionElements><camunda:properties>
			        <camunda:property name="stage" value="first" />
			        <camunda:property name="records" value="impact-targets" />
			      </camunda:properties></bpmn:extensionElements>
			      <bpmn:incoming>Flow_2</bpmn:incoming><bpmn:outgoing>Flow_3</bpmn:outgoing><bpmn:outgoing>Flow_4</bpmn:outgoing>
			    </bpmn:userTask>
			    <bpmn:userTask id="UserTask_FirstAgain" camunda:candidateGroups="lab-lead">
			      <bpmn:extensionElements><camunda:properties>
			        <camunda:property name="stage" value="first" />
			        <camunda:property name="records" value="measurements" />
			      </camunda:properties></bpmn:extensionElements>
			      <bpmn:incoming>Flow_5</bpmn:incoming><bpmn:outgoing>Flow_6</bpmn:outgoing>
			    </bpmn:userTask>
			    <bpmn:endEvent id="EndEvent_Early">
			      <bpmn:extensionElements><camunda:properties>
			        <camunda:property name="stage" value="early-end" /><camunda:property name="stageLabel" value="Ended early" />
			      </camunda:properties></bpmn:extensionElements>
			      <bpmn:incoming>Flow_4</bpmn:incoming>
			    </bpmn:endEvent>
			    <bpmn:sequenceFlow id="Flow_1" sourceRef="StartEvent_Begin" targetRef="TimerEvent_Wait" />
			    <bpmn:sequenceFlow id="Flow_2" sourceRef="TimerEvent_Wait" targetRef="UserTask_First" />
			    <bpmn:sequenceFlow id="Flow_3" sourceRef="UserTask_First" targetRef="UserTask_Later" />
			    <bpmn:sequenceFlow id="Flow_4" sourceRef="UserTask_First" targetRef="EndEvent_Early" />
			    <bpmn:sequenceFlow id="Flow_5" sourceRef="UserTask_Later" targetRef="UserTask_FirstAgain" />
			    <bpmn:sequenceFlow id="Flow_6" sourceRef="UserTask_FirstAgain" targetRef="EndEvent_Done" />
			  </bpmn:process>
			</bpmn:definitions>
			""";

	@Test
	void theDemoModelsColumnsAreItsWorkingStagesThenTheShelfThenTheEndsByHowSoonTheFlowReachesThem() {
		List<StageColumn> columns = columnsOf(
				Bpmn.readModelFromFile(Path.of("../processes/innovation-pipeline.bpmn").toFile()));

		assertThat(columns).extracting(StageColumn::stage)
			.containsExactly("screening", "plan", "test", "scale-decision", "scaling", "shelf", "declined", "stopped",
					"scaled", "withdrawn");
		assertThat(columns).filteredOn(StageColumn::end)
			.extracting(StageColumn::stage)
			.containsExactly("declined", "stopped", "scaled", "withdrawn");
	}

	@Test
	void workingStagesComeFirstByTheirNearestElementThenOtherStagesThenTheEnds() {
		List<StageColumn> columns = columnsOf(model(MODEL));

		assertThat(columns).containsExactly(
				new StageColumn("first", "first", false,
						Set.of(StageCapability.IMPACT_TARGETS, StageCapability.MEASUREMENTS)),
				new StageColumn("later", "Later", false, Set.of(StageCapability.EXPERIMENTS)),
				new StageColumn("waiting", "Waiting", false, Set.of()),
				new StageColumn("early-end", "Ended early", true, Set.of()),
				new StageColumn("done", "Done", true, Set.of()));
	}

	@Test
	void aModelThatNamesAnUnknownRecordKindIsRefused() {
		assertThatIllegalArgumentException().isThrownBy(() -> StageCapability.fromModel("photos"))
			.withMessageContaining("'photos'")
			.withMessageContaining("experiments, impact-targets, measurements");
		assertThat(StageCapability.fromModel("impact-targets")).isEqualTo(StageCapability.IMPACT_TARGETS);
	}

	private static BpmnModelInstance model(String xml) {
		return Bpmn.readModelFromStream(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
	}

	/** The columns of this model, as the latest deployed one. */
	private static List<StageColumn> columnsOf(BpmnModelInstance model) {
		RepositoryService repository = mock(RepositoryService.class);
		ProcessDefinitionQuery latest = mock(ProcessDefinitionQuery.class, RETURNS_SELF);
		ProcessDefinition definition = mock(ProcessDefinition.class);
		given(repository.createProcessDefinitionQuery()).willReturn(latest);
		given(latest.singleResult()).willReturn(definition);
		given(definition.getId()).willReturn("column-order:1");
		given(repository.getBpmnModelInstance("column-order:1")).willReturn(model);
		return new PipelineModel(repository).stages();
	}

}
