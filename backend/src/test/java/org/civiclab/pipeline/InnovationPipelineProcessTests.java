package org.civiclab.pipeline;

import java.io.InputStream;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.MultiInstanceLoopCharacteristics;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.jobQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.assertj.core.api.Assertions.entry;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;

/**
 * Drives the real model from {@code processes/} on an in-memory engine, one test per path
 * through it. Timers are fired by hand, at their due date. The class fails unless its
 * tests together pass every flow node and every sequence flow of the model; the report is
 * written to {@code target/process-test-coverage}.
 */
@Deployment(resources = { "processes/innovation-pipeline.bpmn", "processes/screening-rubric.dmn" })
class InnovationPipelineProcessTests {

	// Not "camunda.cfg.xml": the cockpit's engine lookup would find that name on the
	// classpath of the application tests and start a second engine from it.
	@RegisterExtension
	static ProcessEngineCoverageExtension engine = ProcessEngineCoverageExtension
		.builder("process-tests.camunda.cfg.xml")
		.assertClassCoverageAtLeast(1.0)
		.build();

	private static final ZonedDateTime NOW = ZonedDateTime.of(2026, 6, 1, 9, 0, 0, 0, ZoneId.systemDefault());

	private static final String IDEA = "42";

	private static final String ANNA = "anna";

	private static final Date TEST_ENDS_AT = date(NOW.plusDays(60));

	private static final Date TEST_REMIND_AT = date(NOW.plusDays(53));

	private static final Date WAKE_UP_AT = date(NOW.plusDays(120));

	private static final Duration JOB_EXECUTOR_DELAY = Duration.ofSeconds(5);

	private static final List<String> TIMERS = List.of("TimerEvent_ScreeningOverdue", "TimerEvent_ShelvedFromScreening",
			"TimerEvent_TimeBoxEndingSoon", "TimerEvent_TimeBoxEnded", "TimerEvent_ShelvedFromTest",
			"TimerEvent_ShelvedFromScaleDecision", "TimerEvent_BenefitReviewDue", "TimerEvent_ReviewOverdue");

	private static final List<String> REVIEWERS = List.of("omar", "erik", "maria");

	private static final Date REVIEWS_DUE_AT = date(NOW.plusDays(7));

	private final JavaDelegate escalateScreening = mock(JavaDelegate.class);

	private final JavaDelegate remindTimeBox = mock(JavaDelegate.class);

	private final JavaDelegate requestBenefitReview = mock(JavaDelegate.class);

	private final JavaDelegate remindReviewers = mock(JavaDelegate.class);

	private final JavaDelegate reportReviewsIn = mock(JavaDelegate.class);

	@BeforeEach
	void registerDelegatesAndStopTheClock() {
		BpmnAwareTests.init(engine.getProcessEngine());
		Mocks.register("escalateScreeningDelegate", this.escalateScreening);
		Mocks.register("remindTimeBoxDelegate", this.remindTimeBox);
		Mocks.register("requestBenefitReviewDelegate", this.requestBenefitReview);
		Mocks.register("remindReviewersDelegate", this.remindReviewers);
		Mocks.register("reportReviewsInDelegate", this.reportReviewsIn);
		ClockUtil.setCurrentTime(date(NOW));
	}

	@AfterEach
	void resetDelegatesAndClock() {
		Mocks.reset();
		ClockUtil.reset();
		BpmnAwareTests.reset();
	}

	// Screening

	@Test
	void aSubmittedIdeaWaitsForALabLeadToScreenIt() {
		ProcessInstance idea = submitIdea();

		assertThat(idea).hasBusinessKey(IDEA).isWaitingAt("UserTask_ScreenIdea").isWaitingFor("IdeaWithdrawn");
		assertThat(task(idea)).hasName("Screen idea").hasCandidateGroup("lab-lead");
		assertThat(idea).variables()
			.containsEntry("ideaId", 42L)
			.containsEntry("submitter", ANNA)
			.containsEntry("screeningEscalationAfter", "P14D");
		Assertions.assertThat(timersOf(idea)).containsExactly("TimerEvent_ScreeningOverdue");
		assertThat(job("TimerEvent_ScreeningOverdue", idea)).hasDueDate(date(NOW.plusDays(14)));
	}

	@Test
	void screeningGoSendsTheIdeaToPlanApproval() {
		ProcessInstance idea = submitIdea();

		decide(idea, "GO");

		assertThat(idea)
			.hasPassedInOrder("StartEvent_IdeaSubmitted", "Gateway_ToScreening", "UserTask_ScreenIdea",
					"Gateway_ScreeningOutcome", "Gateway_ToPlan")
			.isWaitingAt("UserTask_ApprovePlan");
		assertThat(task(idea)).hasCandidateGroup("lab-lead");
		Assertions.assertThat(timersOf(idea)).isEmpty();
	}

	@Test
	void screeningKillDeclinesTheIdea() {
		ProcessInstance idea = submitIdea();

		decide(idea, "KILL");

		assertThat(idea).hasPassedInOrder("UserTask_ScreenIdea", "Gateway_ScreeningOutcome", "EndEvent_Declined")
			.hasNotPassed("Gateway_ToPlan")
			.isEnded();
	}

	@Test
	void screeningHoldShelvesTheIdeaUntilItsWakeUpDateThenScreensItAgain() {
		ProcessInstance idea = submitIdea();

		shelve(idea);

		assertThat(idea).isWaitingAt("TimerEvent_ShelvedFromScreening");
		assertThat(idea).variables().containsEntry("wakeUpAt", WAKE_UP_AT);
		Assertions.assertThat(taskCount(idea)).isZero();

		fire(idea, "TimerEvent_ShelvedFromScreening", WAKE_UP_AT);

		assertThat(idea)
			.hasPassedInOrder("UserTask_ScreenIdea", "Gateway_ScreeningOutcome", "TimerEvent_ShelvedFromScreening",
					"Gateway_ToScreening")
			.isWaitingAt("UserTask_ScreenIdea");
		assertThat(task(idea)).hasCandidateGroup("lab-lead");
		assertThat(job("TimerEvent_ScreeningOverdue", idea))
			.hasDueDate(date(NOW.plusDays(120 + 14).plus(JOB_EXECUTOR_DELAY)));
	}

	@Test
	void screeningRecycleAsksTheSubmitterToReviseTheIdeaThenScreensItAgain() {
		ProcessInstance idea = submitIdea();

		decide(idea, "RECYCLE");

		assertThat(idea).isWaitingAt("UserTask_ReviseIdea");
		assertThat(task(idea)).hasName("Revise idea").hasCandidateUser(ANNA);
		Assertions.assertThat(candidatesOf(idea)).containsExactly("user " + ANNA);

		decide(idea, "GO");

		assertThat(idea)
			.hasPassedInOrder("UserTask_ScreenIdea", "Gateway_ScreeningOutcome", "UserTask_ReviseIdea",
					"Gateway_ToScreening")
			.isWaitingAt("UserTask_ScreenIdea");
		assertThat(task(idea)).hasCandidateGroup("lab-lead");
	}

	@Test
	void anOverdueScreeningIsEscalatedWhileTheIdeaStaysInScreening() throws Exception {
		ProcessInstance idea = submitIdea();

		fire(idea, "TimerEvent_ScreeningOverdue", date(NOW.plusDays(14)));

		then(this.escalateScreening).should().execute(any(DelegateExecution.class));
		assertThat(idea)
			.hasPassedInOrder("TimerEvent_ScreeningOverdue", "ServiceTask_EscalateScreening",
					"EndEvent_ScreeningEscalated")
			.isNotEnded()
			.isWaitingAt("UserTask_ScreenIdea");
		Assertions.assertThat(timersOf(idea)).isEmpty();
		then(this.remindTimeBox).shouldHaveNoInteractions();
	}

	// Plan

	@Test
	void approvingThePlanStartsTheTimeBoxedTest() {
		ProcessInstance idea = submitIdea();
		decide(idea, "GO");

		approvePlan(idea, TEST_ENDS_AT, TEST_REMIND_AT);

		assertThat(idea).hasPassedInOrder("UserTask_ApprovePlan", "Gateway_ToTest").isWaitingAt("UserTask_RunTest");
		assertThat(task(idea)).hasName("Run test").hasCandidateGroup("lab-lead");
		assertThat(idea).variables()
			.containsEntry("testEndsAt", TEST_ENDS_AT)
			.containsEntry("testRemindAt", TEST_REMIND_AT);
		Assertions.assertThat(timersOf(idea))
			.containsExactlyInAnyOrder("TimerEvent_TimeBoxEndingSoon", "TimerEvent_TimeBoxEnded");
		assertThat(job("TimerEvent_TimeBoxEndingSoon", idea)).hasDueDate(TEST_REMIND_AT);
		assertThat(job("TimerEvent_TimeBoxEnded", idea)).hasDueDate(TEST_ENDS_AT);
	}

	// Test

	@Test
	void testGoSendsTheIdeaToAnExecutiveForTheScaleDecision() {
		ProcessInstance idea = givenAnIdeaInTest();

		decide(idea, "GO");

		assertThat(idea)
			.hasPassedInOrder("UserTask_RunTest", "Gateway_TestDecided", "Gateway_TestOutcome",
					"Gateway_ToScaleDecision")
			.isWaitingAt("UserTask_DecideScale");
		assertThat(task(idea)).hasName("Decide scale").hasCandidateGroup("executive");
		Assertions.assertThat(candidatesOf(idea)).containsExactly("group executive");
		Assertions.assertThat(timersOf(idea)).isEmpty();
	}

	@Test
	void testKillStopsTheIdea() {
		ProcessInstance idea = givenAnIdeaInTest();

		decide(idea, "KILL");

		assertThat(idea).hasPassedInOrder("UserTask_RunTest", "Gateway_TestOutcome", "EndEvent_StoppedAfterTest")
			.hasNotPassed("UserTask_DecideScale")
			.isEnded();
	}

	@Test
	void testHoldShelvesTheIdeaUntilItsWakeUpDateThenResumesTheTest() {
		ProcessInstance idea = givenAnIdeaInTest();

		shelve(idea);

		assertThat(idea).isWaitingAt("TimerEvent_ShelvedFromTest");
		Assertions.assertThat(timersOf(idea)).containsExactly("TimerEvent_ShelvedFromTest");

		fire(idea, "TimerEvent_ShelvedFromTest", WAKE_UP_AT);

		assertThat(idea)
			.hasPassedInOrder("UserTask_RunTest", "Gateway_TestOutcome", "TimerEvent_ShelvedFromTest", "Gateway_ToTest")
			.isWaitingAt("UserTask_RunTest");
		assertThat(task(idea)).hasCandidateGroup("lab-lead");
	}

	@Test
	void testRecycleSendsTheIdeaBackToPlanning() {
		ProcessInstance idea = givenAnIdeaInTest();

		decide(idea, "RECYCLE");

		assertThat(idea)
			.hasPassedInOrder("UserTask_ApprovePlan", "UserTask_RunTest", "Gateway_TestOutcome", "Gateway_ToPlan")
			.isWaitingAt("UserTask_ApprovePlan");
		assertThat(task(idea)).hasCandidateGroup("lab-lead");
		Assertions.assertThat(timersOf(idea)).isEmpty();
	}

	@Test
	void aReminderIsSentBeforeTheTimeBoxEndsWhileTheTestGoesOn() throws Exception {
		ProcessInstance idea = givenAnIdeaInTest();

		fire(idea, "TimerEvent_TimeBoxEndingSoon", TEST_REMIND_AT);

		then(this.remindTimeBox).should().execute(any(DelegateExecution.class));
		assertThat(idea)
			.hasPassedInOrder("TimerEvent_TimeBoxEndingSoon", "ServiceTask_RemindTimeBoxEnding",
					"EndEvent_TimeBoxReminderSent")
			.isWaitingAt("UserTask_RunTest");
		Assertions.assertThat(timersOf(idea)).containsExactly("TimerEvent_TimeBoxEnded");
	}

	@Test
	void anEndedTimeBoxStopsTheTestAndForcesADecision() {
		ProcessInstance idea = givenAnIdeaInTest();

		fire(idea, "TimerEvent_TimeBoxEnded", TEST_ENDS_AT);

		assertThat(idea).hasPassedInOrder("TimerEvent_TimeBoxEnded")
			.isWaitingAt("UserTask_DecideAfterTimeBox")
			.isNotWaitingAt("UserTask_RunTest");
		assertThat(task(idea)).hasName("Decide after time box").hasCandidateGroup("lab-lead");
		Assertions.assertThat(timersOf(idea)).isEmpty();
		then(this.remindTimeBox).shouldHaveNoInteractions();
	}

	@Test
	void theDecisionForcedByTheTimeBoxFollowsTheTestGate() {
		ProcessInstance idea = givenAnIdeaInTest();
		fire(idea, "TimerEvent_TimeBoxEnded", TEST_ENDS_AT);

		decide(idea, "GO");

		assertThat(idea)
			.hasPassedInOrder("TimerEvent_TimeBoxEnded", "UserTask_DecideAfterTimeBox", "Gateway_TestDecided",
					"Gateway_TestOutcome", "Gateway_ToScaleDecision")
			.isWaitingAt("UserTask_DecideScale");
		assertThat(task(idea)).hasCandidateGroup("executive");
	}

	// Scale decision

	@Test
	void scaleGoHandsTheIdeaOverForAdoption() {
		ProcessInstance idea = givenAnIdeaAtTheScaleDecision();

		decide(idea, "GO");

		assertThat(idea).hasPassedInOrder("UserTask_DecideScale", "Gateway_ScaleOutcome")
			.isWaitingAt("UserTask_ConfirmAdoption");
		assertThat(task(idea)).hasName("Confirm adoption").hasCandidateGroup("lab-lead");
		assertThat(job("TimerEvent_BenefitReviewDue", idea)).hasDueDate(date(NOW.plusDays(90)));
	}

	@Test
	void scaleKillStopsTheIdeaAtTheScaleDecision() {
		ProcessInstance idea = givenAnIdeaAtTheScaleDecision();

		decide(idea, "KILL");

		assertThat(idea)
			.hasPassedInOrder("UserTask_DecideScale", "Gateway_ScaleOutcome", "EndEvent_StoppedAtScaleDecision")
			.hasNotPassed("UserTask_ConfirmAdoption")
			.isEnded();
	}

	@Test
	void scaleHoldShelvesTheIdeaUntilItsWakeUpDateThenAsksForTheScaleDecisionAgain() {
		ProcessInstance idea = givenAnIdeaAtTheScaleDecision();

		shelve(idea);

		assertThat(idea).isWaitingAt("TimerEvent_ShelvedFromScaleDecision");

		fire(idea, "TimerEvent_ShelvedFromScaleDecision", WAKE_UP_AT);

		assertThat(idea)
			.hasPassedInOrder("UserTask_DecideScale", "Gateway_ScaleOutcome", "TimerEvent_ShelvedFromScaleDecision",
					"Gateway_ToScaleDecision")
			.isWaitingAt("UserTask_DecideScale");
		assertThat(task(idea)).hasCandidateGroup("executive");
	}

	@Test
	void scaleRecycleSendsTheIdeaBackToTestWithANewTimeBox() {
		ProcessInstance idea = givenAnIdeaAtTheScaleDecision();
		Date newEnd = date(NOW.plusDays(150));
		Date newReminder = date(NOW.plusDays(143));

		complete(task(idea), withVariables("outcome", "RECYCLE", "testEndsAt", newEnd, "testRemindAt", newReminder));

		assertThat(idea)
			.hasPassedInOrder("UserTask_RunTest", "UserTask_DecideScale", "Gateway_ScaleOutcome", "Gateway_ToTest")
			.isWaitingAt("UserTask_RunTest");
		assertThat(task(idea)).hasCandidateGroup("lab-lead");
		assertThat(job("TimerEvent_TimeBoxEndingSoon", idea)).hasDueDate(newReminder);
		assertThat(job("TimerEvent_TimeBoxEnded", idea)).hasDueDate(newEnd);
	}

	// Scaling

	@Test
	void confirmingAdoptionScalesTheIdea() {
		ProcessInstance idea = givenAnIdeaInScaling();

		decide(idea, "GO");

		assertThat(idea).hasPassedInOrder("UserTask_ConfirmAdoption", "EndEvent_Scaled")
			.hasNotPassed("ServiceTask_RequestBenefitReview")
			.isEnded();
		Assertions.assertThat(jobQuery().processInstanceId(idea.getId()).count()).isZero();
	}

	@Test
	void benefitReviewsAreRequestedEveryCycleWhileTheIdeaScales() throws Exception {
		ProcessInstance idea = givenAnIdeaInScaling();

		for (int review = 1; review <= 4; review++) {
			fire(idea, "TimerEvent_BenefitReviewDue", date(NOW.plusDays(90L * review)));
			assertThat(idea).isWaitingAt("UserTask_ConfirmAdoption");
		}

		then(this.requestBenefitReview).should(times(4)).execute(any(DelegateExecution.class));
		Assertions.assertThat(timersOf(idea)).isEmpty();
		assertThat(idea).hasPassedInOrder("TimerEvent_BenefitReviewDue", "ServiceTask_RequestBenefitReview",
				"EndEvent_BenefitReviewRequested");
		assertThat(task(idea)).hasCandidateGroup("lab-lead");
	}

	// Withdrawal

	@Test
	void anIdeaInScreeningCanBeWithdrawn() {
		ProcessInstance idea = submitIdea();

		withdraw();

		assertThat(idea).hasPassedInOrder("StartEvent_WithdrawalRequested", "EndEvent_Withdrawn")
			.hasNotPassed("Gateway_ScreeningOutcome")
			.isEnded();
		Assertions.assertThat(jobQuery().processInstanceId(idea.getId()).count()).isZero();
	}

	@Test
	void anIdeaInTestCanBeWithdrawn() {
		ProcessInstance idea = givenAnIdeaInTest();

		withdraw();

		assertThat(idea).hasPassedInOrder("UserTask_RunTest", "StartEvent_WithdrawalRequested", "EndEvent_Withdrawn")
			.isEnded();
		Assertions.assertThat(jobQuery().processInstanceId(idea.getId()).count()).isZero();
	}

	@Test
	void aShelvedIdeaCanBeWithdrawn() {
		ProcessInstance idea = givenAnIdeaAtTheScaleDecision();
		shelve(idea);

		withdraw();

		assertThat(idea)
			.hasPassedInOrder("TimerEvent_ShelvedFromScaleDecision", "StartEvent_WithdrawalRequested",
					"EndEvent_Withdrawn")
			.isEnded();
		Assertions.assertThat(jobQuery().processInstanceId(idea.getId()).count()).isZero();
	}

	@Test
	void anIdeaInScalingCanBeWithdrawn() {
		ProcessInstance idea = givenAnIdeaInScaling();

		withdraw();

		assertThat(idea).hasPassedInOrder("UserTask_ConfirmAdoption", "EndEvent_Withdrawn")
			.hasNotPassed("EndEvent_Scaled")
			.isEnded();
	}

	// A panel of reviewers at screening (docs/adr/0039)

	@Test
	void aPanelGivesEachReviewerAReviewTaskDueOnItsDateWhileScreeningWaits() {
		ProcessInstance idea = submitIdea();

		assignPanel(REVIEWERS);

		assertThat(idea).isWaitingAt("UserTask_ScreenIdea", "UserTask_ReviewIdea");
		Assertions.assertThat(ReviewTasks.of(idea))
			.extracting(Task::getAssignee, Task::getName, Task::getDueDate)
			.containsExactlyInAnyOrder(Assertions.tuple("omar", "Review idea", REVIEWS_DUE_AT),
					Assertions.tuple("erik", "Review idea", REVIEWS_DUE_AT),
					Assertions.tuple("maria", "Review idea", REVIEWS_DUE_AT));
		Assertions.assertThat(timersOf(idea))
			.containsExactly("TimerEvent_ScreeningOverdue", "TimerEvent_ReviewOverdue");
		assertThat(job("TimerEvent_ReviewOverdue", idea)).hasDueDate(REVIEWS_DUE_AT);
	}

	@Test
	void aLateReviewerIsRemindedAndTheLabLeadToldWhenAllReviewsAreIn() throws Exception {
		ProcessInstance idea = submitIdea();
		assignPanel(REVIEWERS);
		ReviewTasks.complete(idea, "omar");
		ReviewTasks.complete(idea, "erik");

		fire(idea, "TimerEvent_ReviewOverdue", REVIEWS_DUE_AT);

		assertThat(idea).hasPassedInOrder("TimerEvent_ReviewOverdue", "ServiceTask_RemindReviewers",
				"EndEvent_ReviewersReminded");
		then(this.remindReviewers).should(times(1)).execute(any(DelegateExecution.class));
		Assertions.assertThat(ReviewTasks.of(idea)).extracting(Task::getAssignee).containsExactly("maria");
		then(this.reportReviewsIn).shouldHaveNoInteractions();

		ReviewTasks.complete(idea, "maria");

		assertThat(idea).hasPassedInOrder("UserTask_ReviewIdea", "ServiceTask_ReportReviewsIn", "EndEvent_ReviewsIn")
			.isWaitingAt("UserTask_ScreenIdea");
		then(this.reportReviewsIn).should(times(1)).execute(any(DelegateExecution.class));
		Assertions.assertThat(timersOf(idea)).containsExactly("TimerEvent_ScreeningOverdue");

		decide(idea, "GO");

		assertThat(idea).isWaitingAt("UserTask_ApprovePlan");
	}

	@Test
	void theScreeningDecisionClosesThePanelsOpenReviews() {
		ProcessInstance idea = submitIdea();
		assignPanel(REVIEWERS);
		ReviewTasks.complete(idea, "omar");

		closePanel();

		assertThat(idea).hasPassedInOrder("MessageEvent_PanelClosed", "EndEvent_PanelClosed")
			.hasNotPassed("ServiceTask_ReportReviewsIn")
			.isWaitingAt("UserTask_ScreenIdea");
		Assertions.assertThat(ReviewTasks.of(idea)).isEmpty();
		Assertions.assertThat(timersOf(idea)).containsExactly("TimerEvent_ScreeningOverdue");
		then(this.reportReviewsIn).shouldHaveNoInteractions();

		decide(idea, "KILL");

		assertThat(idea).hasPassed("EndEvent_Declined").isEnded();
	}

	@Test
	void aPanelIsAssignedOnlyWhileTheIdeaWaitsInScreening() {
		ProcessInstance idea = givenAnIdeaInTest();

		Assertions.assertThatThrownBy(() -> assignPanel(REVIEWERS))
			.isInstanceOf(MismatchingMessageCorrelationException.class);
		assertThat(idea).isWaitingAt("UserTask_RunTest");
	}

	@Test
	void theReviewTaskIsEachReviewersAndEndsWhenTheModelSaysAllReviewsAreIn() {
		UserTask review = flowNodesInDocumentOrder().stream()
			.filter((node) -> node.getId().equals("UserTask_ReviewIdea"))
			.map(UserTask.class::cast)
			.findFirst()
			.orElseThrow();
		MultiInstanceLoopCharacteristics loop = (MultiInstanceLoopCharacteristics) review.getLoopCharacteristics();

		Assertions.assertThat(propertiesOf(review))
			.containsEntry("stage", "screening")
			.containsEntry("review", "screening");
		Assertions.assertThat(review.getCamundaAssignee()).isEqualTo("${reviewer}");
		Assertions.assertThat(review.getCamundaDueDate()).isEqualTo("${reviewDueAt}");
		Assertions.assertThat(loop.isSequential()).isFalse();
		Assertions.assertThat(loop.getCamundaCollection()).isEqualTo("${reviewers}");
		Assertions.assertThat(loop.getCompletionCondition().getTextContent())
			.isEqualTo("${nrOfCompletedInstances == nrOfInstances}");
	}

	// The model itself: what the board and the gates read from it

	@Test
	void everyStagedElementNamesItsBoardColumn() {
		Map<String, String> columns = new LinkedHashMap<>();
		for (FlowNode node : flowNodesInDocumentOrder()) {
			Map<String, String> properties = propertiesOf(node);
			if (properties.containsKey("stage")) {
				Assertions.assertThat(properties).as(node.getId()).containsKey("stageLabel");
				columns.putIfAbsent(properties.get("stage"), properties.get("stageLabel"));
				Assertions.assertThat(properties.get("stageLabel"))
					.as(node.getId())
					.isEqualTo(columns.get(properties.get("stage")));
			}
		}

		Assertions.assertThat(columns)
			.containsExactly(entry("screening", "Screening"), entry("plan", "Plan"), entry("test", "Test"),
					entry("scale-decision", "Scale decision"), entry("scaling", "Scaling"), entry("shelf", "Shelf"),
					entry("scaled", "Scaled"), entry("stopped", "Stopped"), entry("declined", "Declined"),
					entry("withdrawn", "Withdrawn"));
	}

	@Test
	void everyGateTaskNamesItsGateItsOutcomesAndWhoMayDecide() {
		Map<String, String> gates = new LinkedHashMap<>();
		for (FlowNode node : flowNodesInDocumentOrder()) {
			// A review task (a panel's) is no gate: its own test is above.
			if (node instanceof UserTask task && !propertiesOf(task).containsKey("review")) {
				Map<String, String> properties = propertiesOf(task);
				Assertions.assertThat(properties).as(task.getId()).containsKeys("stage", "gate", "outcomes");
				Assertions.assertThat(properties.get("outcomes").split(","))
					.as(task.getId())
					.isNotEmpty()
					.isSubsetOf("GO", "KILL", "HOLD", "RECYCLE");
				Assertions.assertThat(task.getCamundaAssignee()).as(task.getId()).isNull();
				Assertions.assertThat(Stream.of(task.getCamundaCandidateGroups(), task.getCamundaCandidateUsers()))
					.as(task.getId())
					.anyMatch((candidates) -> candidates != null && !candidates.isBlank());
				gates.put(task.getId(), properties.get("gate") + " " + properties.get("outcomes"));
			}
		}

		Assertions.assertThat(gates)
			.containsOnly(entry("UserTask_ScreenIdea", "screening GO,KILL,HOLD,RECYCLE"),
					entry("UserTask_ReviseIdea", "revision GO"), entry("UserTask_ApprovePlan", "plan GO"),
					entry("UserTask_RunTest", "test GO,KILL,HOLD,RECYCLE"),
					entry("UserTask_DecideAfterTimeBox", "test GO,KILL,HOLD,RECYCLE"),
					entry("UserTask_DecideScale", "scale GO,KILL,HOLD,RECYCLE"),
					entry("UserTask_ConfirmAdoption", "adoption GO"));
	}

	private static List<FlowNode> flowNodesInDocumentOrder() {
		InputStream bpmn = InnovationPipelineProcessTests.class.getClassLoader()
			.getResourceAsStream("processes/innovation-pipeline.bpmn");
		return PipelineModel.flowNodesInDocumentOrder(Bpmn.readModelFromStream(bpmn));
	}

	private static Map<String, String> propertiesOf(FlowNode node) {
		return PipelineModel.properties(node);
	}

	private static ProcessInstance submitIdea() {
		return runtimeService().startProcessInstanceByKey(PipelineProcess.KEY, IDEA, withVariables("ideaId", 42L,
				"submitter", ANNA, "screeningEscalationAfter", "P14D", "benefitReviewCycle", "R4/P90D"));
	}

	private static ProcessInstance givenAnIdeaInTest() {
		ProcessInstance idea = submitIdea();
		decide(idea, "GO");
		approvePlan(idea, TEST_ENDS_AT, TEST_REMIND_AT);
		return idea;
	}

	private static ProcessInstance givenAnIdeaAtTheScaleDecision() {
		ProcessInstance idea = givenAnIdeaInTest();
		decide(idea, "GO");
		return idea;
	}

	private static ProcessInstance givenAnIdeaInScaling() {
		ProcessInstance idea = givenAnIdeaAtTheScaleDecision();
		decide(idea, "GO");
		return idea;
	}

	private static void decide(ProcessInstance idea, String outcome) {
		complete(task(idea), withVariables("outcome", outcome));
	}

	private static void shelve(ProcessInstance idea) {
		complete(task(idea), withVariables("outcome", "HOLD", "wakeUpAt", WAKE_UP_AT));
	}

	private static void approvePlan(ProcessInstance idea, Date endsAt, Date remindAt) {
		complete(task(idea), withVariables("outcome", "GO", "testEndsAt", endsAt, "testRemindAt", remindAt));
	}

	private static void assignPanel(List<String> reviewers) {
		runtimeService().createMessageCorrelation(PipelineProcess.PANEL_ASSIGNED_MESSAGE)
			.processInstanceBusinessKey(IDEA)
			.setVariable("reviewers", reviewers)
			.setVariable("reviewDueAt", REVIEWS_DUE_AT)
			.correlate();
	}

	private static void closePanel() {
		runtimeService().createMessageCorrelation(PipelineProcess.PANEL_CLOSED_MESSAGE)
			.processInstanceBusinessKey(IDEA)
			.correlateAll();
	}

	private static void withdraw() {
		runtimeService().createMessageCorrelation(PipelineProcess.WITHDRAWN_MESSAGE)
			.processInstanceBusinessKey(IDEA)
			.correlate();
	}

	/**
	 * Fires a timer the way the job executor would: a moment after its due date, which
	 * must be this.
	 */
	private static void fire(ProcessInstance idea, String timer, Date dueDate) {
		Job job = job(timer, idea);
		assertThat(job).hasDueDate(dueDate);
		ClockUtil.setCurrentTime(Date.from(dueDate.toInstant().plus(JOB_EXECUTOR_DELAY)));
		execute(job);
	}

	private static List<String> timersOf(ProcessInstance idea) {
		return TIMERS.stream()
			.filter((timer) -> jobQuery().processInstanceId(idea.getId()).activityId(timer).count() > 0)
			.toList();
	}

	/** Everyone who may act on the idea's open task, as "group name" or "user name". */
	private static List<String> candidatesOf(ProcessInstance idea) {
		return taskService().getIdentityLinksForTask(task(idea).getId())
			.stream()
			.map((link) -> (link.getGroupId() != null) ? "group " + link.getGroupId() : "user " + link.getUserId())
			.toList();
	}

	private static long taskCount(ProcessInstance idea) {
		return BpmnAwareTests.taskQuery().processInstanceId(idea.getId()).count();
	}

	private static Date date(ZonedDateTime dateTime) {
		return Date.from(dateTime.toInstant());
	}

}
