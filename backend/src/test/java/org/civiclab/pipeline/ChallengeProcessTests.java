package org.civiclab.pipeline;

import java.time.Instant;
import java.util.Date;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;

/**
 * Drives {@code processes/challenge.bpmn} on an in-memory engine, one test per path: a
 * challenge closed by its timer and reviewed, and one closed early. The class fails
 * unless its tests together pass every flow node and sequence flow of the model.
 */
@Deployment(resources = "processes/challenge.bpmn")
class ChallengeProcessTests {

	@RegisterExtension
	static ProcessEngineCoverageExtension engine = ProcessEngineCoverageExtension
		.builder("process-tests.camunda.cfg.xml")
		.assertClassCoverageAtLeast(1.0)
		.build();

	private static final Instant NOW = Instant.parse("2026-06-01T09:00:00Z");

	private static final Instant CLOSES_AT = NOW.plusSeconds(30 * 24 * 3600);

	private final JavaDelegate startReview = mock(JavaDelegate.class);

	@BeforeEach
	void registerDelegateAndStopTheClock() {
		BpmnAwareTests.init(engine.getProcessEngine());
		Mocks.register("startChallengeReviewDelegate", this.startReview);
		ClockUtil.setCurrentTime(Date.from(NOW));
	}

	@AfterEach
	void resetDelegateAndClock() {
		Mocks.reset();
		ClockUtil.reset();
		BpmnAwareTests.reset();
	}

	@Test
	void aChallengeClosesByItsTimerAndIsClosedOnceItsResponsesAreReviewed() throws Exception {
		ProcessInstance challenge = open();
		assertThat(challenge).isWaitingAt("Gateway_OpenUntilClosing").isWaitingFor("ChallengeClosedEarly");
		assertThat(job("TimerEvent_ClosingTime", challenge)).hasDueDate(Date.from(CLOSES_AT));
		then(this.startReview).should(never()).execute(any(DelegateExecution.class));

		ClockUtil.setCurrentTime(Date.from(CLOSES_AT.plusSeconds(5)));
		execute(job("TimerEvent_ClosingTime", challenge));

		then(this.startReview).should().execute(any(DelegateExecution.class));
		assertThat(challenge).isWaitingAt("UserTask_ReviewResponses");
		assertThat(task(challenge)).hasName("Review responses").hasCandidateGroup("lab-lead");
		assertThat(task(challenge)).hasCandidateGroup("executive");

		complete(task(challenge));

		assertThat(challenge)
			.hasPassedInOrder("StartEvent_ChallengeOpened", "Gateway_OpenUntilClosing", "TimerEvent_ClosingTime",
					"ServiceTask_StartReview", "UserTask_ReviewResponses", "EndEvent_Closed")
			.isEnded();
	}

	@Test
	void aChallengeClosedEarlyEndsWithoutAReview() throws Exception {
		ProcessInstance challenge = open();

		runtimeService().createMessageCorrelation("ChallengeClosedEarly")
			.processInstanceId(challenge.getId())
			.correlate();

		assertThat(challenge)
			.hasPassedInOrder("Gateway_OpenUntilClosing", "MessageEvent_ClosedEarly", "EndEvent_ClosedEarly")
			.hasNotPassed("UserTask_ReviewResponses")
			.isEnded();
		then(this.startReview).should(never()).execute(any(DelegateExecution.class));
	}

	private static ProcessInstance open() {
		return runtimeService().startProcessInstanceByKey("challenge", "challenge-7",
				withVariables("challengeId", 7L, "closesAt", Date.from(CLOSES_AT)));
	}

}
