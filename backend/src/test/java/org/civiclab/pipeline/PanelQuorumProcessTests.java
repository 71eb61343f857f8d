package org.civiclab.pipeline;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.repositoryService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;

/**
 * A lab that wants a panel done when a quorum of its reviewers is in changes one line of
 * the model in the Modeler: the review task's completion condition. Deployed so changed,
 * the panel ends when two of three reviewers are in; the third reviewer's task is closed
 * (docs/adr/0039). The model as shipped waits for every reviewer
 * ({@link InnovationPipelineProcessTests}).
 */
class PanelQuorumProcessTests {

	@RegisterExtension
	static ProcessEngineCoverageExtension engine = ProcessEngineCoverageExtension
		.builder("process-tests.camunda.cfg.xml")
		.build();

	private static final String ALL_REVIEWERS = "${nrOfCompletedInstances == nrOfInstances}";

	private static final String QUORUM_OF_TWO = "${nrOfCompletedInstances &gt;= 2}";

	private final JavaDelegate reportReviewsIn = mock(JavaDelegate.class);

	private String deployment;

	@BeforeEach
	void deployTheModelWithAQuorum() throws IOException {
		BpmnAwareTests.init(engine.getProcessEngine());
		Mocks.register("escalateScreeningDelegate", mock(JavaDelegate.class));
		Mocks.register("remindReviewersDelegate", mock(JavaDelegate.class));
		Mocks.register("reportReviewsInDelegate", this.reportReviewsIn);
		String model;
		try (InputStream bpmn = getClass().getClassLoader().getResourceAsStream("processes/innovation-pipeline.bpmn")) {
			model = new String(bpmn.readAllBytes(), StandardCharsets.UTF_8);
		}
		assertThat(model).contains(ALL_REVIEWERS);
		this.deployment = repositoryService().createDeployment()
			.addString("innovation-pipeline.bpmn", model.replace(ALL_REVIEWERS, QUORUM_OF_TWO))
			.addClasspathResource("processes/screening-rubric.dmn")
			.deploy()
			.getId();
	}

	@AfterEach
	void removeIt() {
		repositoryService().deleteDeployment(this.deployment, true);
		Mocks.reset();
		BpmnAwareTests.reset();
	}

	@Test
	void aQuorumOfReviewsEndsThePanelAndClosesTheLastReview() throws Exception {
		ProcessInstance idea = runtimeService().startProcessInstanceByKey(PipelineProcess.KEY, "7",
				withVariables("ideaId", 7L, "submitter", "anna", "screeningEscalationAfter", "P14D",
						"benefitReviewCycle", "R4/P90D"));
		runtimeService().createMessageCorrelation(PipelineProcess.PANEL_ASSIGNED_MESSAGE)
			.processInstanceBusinessKey("7")
			.setVariable("reviewers", List.of("omar", "erik", "maria"))
			.setVariable("reviewDueAt", Date.from(ZonedDateTime.now(ZoneId.systemDefault()).plusDays(7).toInstant()))
			.correlate();

		ReviewTasks.complete(idea, "omar");
		assertThat(ReviewTasks.of(idea)).extracting(Task::getAssignee).containsExactlyInAnyOrder("erik", "maria");
		then(this.reportReviewsIn).shouldHaveNoInteractions();

		ReviewTasks.complete(idea, "maria");

		assertThat(ReviewTasks.of(idea)).isEmpty();
		then(this.reportReviewsIn).should(times(1)).execute(any(DelegateExecution.class));
		BpmnAwareTests.assertThat(idea)
			.hasPassedInOrder("UserTask_ReviewIdea", "ServiceTask_ReportReviewsIn", "EndEvent_ReviewsIn")
			.isWaitingAt("UserTask_ScreenIdea");
		assertThat(BpmnAwareTests.jobQuery()
			.processInstanceId(idea.getId())
			.activityId("TimerEvent_ReviewOverdue")
			.count()).isZero();
	}

}
