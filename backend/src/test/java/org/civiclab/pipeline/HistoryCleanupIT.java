package org.civiclab.pipeline;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;

import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.civiclab.ApiClient;
import org.civiclab.IdeaDriver;
import org.civiclab.IdeaDriver.DrivenIdea;
import org.civiclab.IdeaDriver.Stage;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The engine's history of an ended idea is removed once its time-to-live has passed, in
 * the cleanup the job executor runs in its nightly window; the idea's own records — the
 * idea, its decisions, its timeline — stay. The job executor is off here: the test runs
 * the cleanup job itself, at a time it sets with the engine's clock.
 */
@TestPropertySource(properties = "camunda.bpm.job-execution.enabled=false")
class HistoryCleanupIT extends ApiClient.FullStack {

	/** A model without a history time-to-live (the model API's builder would add one). */
	static final String KEPT_FOREVER = """
			<?xml version="1.0" encoding="UTF-8"?>
			<definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL" targetNamespace="test">
			  <process id="kept-forever" isExecutable="true">
			    <startEvent id="StartEvent_Begun" />
			  </process>
			</definitions>
			""";

	@Autowired
	HistoryService history;

	@Autowired
	ManagementService management;

	@Autowired
	RepositoryService repository;

	@Autowired
	ProcessEngineConfigurationImpl engine;

	@AfterEach
	void resetClock() {
		ClockUtil.reset();
	}

	@Test
	void removesAnEndedIdeasEngineHistoryAfterItsTimeToLiveAndKeepsItsRecords() {
		int timeToLive = this.repository.createProcessDefinitionQuery()
			.processDefinitionKey(PipelineProcess.KEY)
			.latestVersion()
			.singleResult()
			.getHistoryTimeToLive();
		Instant start = Instant.now();
		ClockUtil.setCurrentTime(Date.from(start));
		long endedLongAgo = screenedThenWithdrawn("Ended long ago");
		ClockUtil.setCurrentTime(Date.from(start.plus(Duration.ofDays(timeToLive / 2))));
		long endedRecently = screenedThenWithdrawn("Ended within its time-to-live");
		long active = IdeaDriver.norrvik(this::as).idea("Still in screening").to(Stage.SCREENING).id();
		JsonNode recordsBefore = as("lena").idea(endedLongAgo);
		JsonNode decisionsBefore = as("lena").decisions(endedLongAgo);
		String endedProcess = historyOf(endedLongAgo).getId();
		assertThat(this.history.createHistoricTaskInstanceQuery().processInstanceId(endedProcess).count())
			.as("history before the cleanup")
			.isPositive();

		ClockUtil.setCurrentTime(Date.from(start.plus(Duration.ofDays(timeToLive + 1))));
		Job cleanup = this.history.cleanUpHistoryAsync(true);
		this.management.executeJob(cleanup.getId());

		assertThat(historyOf(endedLongAgo)).as("engine history of the idea ended %d days ago", timeToLive + 1).isNull();
		assertThat(this.history.createHistoricActivityInstanceQuery().processInstanceId(endedProcess).count()).isZero();
		assertThat(this.history.createHistoricTaskInstanceQuery().processInstanceId(endedProcess).count()).isZero();
		assertThat(historyOf(endedRecently)).as("ended within its time-to-live").isNotNull();
		assertThat(historyOf(active)).as("still running").isNotNull();
		assertThat(this.history.createHistoricTaskInstanceQuery()
			.processInstanceBusinessKey(Long.toString(endedRecently))
			.count()).isPositive();
		assertThat(as("lena").idea(endedLongAgo)).as("the idea and its timeline stay").isEqualTo(recordsBefore);
		assertThat(as("lena").decisions(endedLongAgo)).as("its decisions stay").isEqualTo(decisionsBefore);
		assertThat(recordsBefore.path("timeline").size()).isGreaterThanOrEqualTo(3);
		assertThat(decisionsBefore.size()).isOne();
	}

	@Test
	void cleanupRunsInTheConfiguredWindowAndEveryModelNeedsATimeToLive() {
		assertThat(this.engine.getHistoryCleanupBatchWindowStartTime()).isEqualTo("01:00");
		assertThat(this.engine.getHistoryCleanupBatchWindowEndTime()).isEqualTo("05:00");
		assertThat(this.engine.getHistoryLevel().getName()).isEqualTo("activity");
		assertThat(this.repository.createProcessDefinitionQuery().list())
			.allSatisfy((definition) -> assertThat(definition.getHistoryTimeToLive()).isPositive());
		assertThat(this.repository.createDecisionDefinitionQuery().list())
			.allSatisfy((definition) -> assertThat(definition.getHistoryTimeToLive()).isPositive());

		assertThatThrownBy(
				() -> this.repository.createDeployment().addString("kept-forever.bpmn", KEPT_FOREVER).deploy())
			.isInstanceOf(ProcessEngineException.class)
			.hasMessageContaining("History Time To Live");
	}

	/** Submitted, screened on to planning, then withdrawn by its author: it has ended. */
	private long screenedThenWithdrawn(String title) {
		DrivenIdea idea = IdeaDriver.norrvik(this::as).idea(title).to(Stage.PLAN).to(Stage.WITHDRAWN);
		assertThat(idea.read().path("stage").asText()).isEqualTo("withdrawn");
		return idea.id();
	}

	private HistoricProcessInstance historyOf(long ideaId) {
		return this.history.createHistoricProcessInstanceQuery()
			.processInstanceBusinessKey(Long.toString(ideaId))
			.singleResult();
	}

}
