package org.civiclab.pipeline;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

/**
 * Drives the real model from {@code processes/} on an in-memory engine.
 */
@Deployment(resources = "processes/innovation-pipeline.bpmn")
class InnovationPipelineProcessTests {

	@RegisterExtension
	static ProcessEngineExtension engine = ProcessEngineExtension.builder()
		// Not "camunda.cfg.xml": the cockpit's engine lookup would find that name on the
		// classpath of the application tests and start a second engine from it.
		.configurationResource("process-tests.camunda.cfg.xml")
		.build();

	@Test
	void aSubmittedIdeaWaitsForALabLeadToScreenIt() {
		ProcessInstance idea = runtimeService().startProcessInstanceByKey(PipelineProcess.KEY, "idea-1");

		assertThat(idea).isWaitingAt("UserTask_ScreenIdea");
		assertThat(task()).hasCandidateGroup("lab-lead");
	}

	@Test
	void aScreenedIdeaLeavesTheProcess() {
		ProcessInstance idea = runtimeService().startProcessInstanceByKey(PipelineProcess.KEY, "idea-2");

		complete(task(idea));

		assertThat(idea).hasPassedInOrder("StartEvent_IdeaSubmitted", "UserTask_ScreenIdea", "EndEvent_IdeaScreened")
			.isEnded();
	}

}
