package org.civiclab.pipeline;

import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.MessageCorrelationBuilder;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.willThrow;
import static org.mockito.Mockito.RETURNS_SELF;
import static org.mockito.Mockito.mock;

/**
 * A gate decision or a withdrawal that the database rolls back as the loser of a deadlock
 * is contention, like an optimistic-locking conflict: the person is told that someone
 * else acted at the same moment (409), not that the server failed (500).
 */
class PipelineContentionTests {

	private static final ProcessEngineException DEADLOCK = new ProcessEngineException(
			"ENGINE-03083 Exception while executing Batch Database Operations",
			new SQLException("Deadlock detected. The current transaction was rolled back.", "40001"));

	private final RuntimeService runtime = mock(RuntimeService.class);

	private final TaskService tasks = mock(TaskService.class);

	private final EngineCommands commands = mock(EngineCommands.class);

	private final Pipeline pipeline = new Pipeline(this.runtime, this.tasks, mock(DecisionService.class),
			mock(PipelineModel.class), new PipelineProperties(null, null, 0, null), this.commands,
			mock(RepositoryService.class));

	@Test
	void aGateDecisionThatLosesADeadlockIsAConcurrentChange() {
		given(this.commands.lockProcessOfOpenTask("task-1")).willReturn(true);
		// The decision first closes the idea's panel, if one is open (none here).
		given(this.runtime.createMessageCorrelation(anyString()))
			.willReturn(mock(MessageCorrelationBuilder.class, RETURNS_SELF));
		willThrow(DEADLOCK).given(this.tasks).complete(anyString(), any());

		assertThatThrownBy(() -> this.pipeline.complete(gate(), "GO", Pipeline.GateTimes.NONE))
			.isInstanceOf(ConcurrentChangeException.class)
			.hasCause(DEADLOCK);
	}

	@Test
	void aWithdrawalThatLosesADeadlockIsAConcurrentChange() {
		withdrawalFailsWith(DEADLOCK);

		assertThatThrownBy(() -> this.pipeline.withdraw(7L)).isInstanceOf(ConcurrentChangeException.class)
			.hasCause(DEADLOCK);
	}

	@Test
	void anyOtherFailureOfTheEngineStaysTheFailureItIs() {
		ProcessEngineException broken = new ProcessEngineException("ENGINE-03004 Exception while executing query",
				new SQLException("Table \"ACT_RU_EXECUTION\" not found", "42S02"));
		withdrawalFailsWith(broken);

		assertThatThrownBy(() -> this.pipeline.withdraw(7L)).isSameAs(broken);
	}

	/**
	 * Idea 7's process is locked, and the engine fails as it correlates the withdrawal.
	 */
	private void withdrawalFailsWith(RuntimeException failure) {
		given(this.commands.lockRunningProcess("7")).willReturn(true);
		MessageCorrelationBuilder correlation = mock(MessageCorrelationBuilder.class, RETURNS_SELF);
		given(this.runtime.createMessageCorrelation(anyString())).willReturn(correlation);
		willThrow(failure).given(correlation).correlate();
	}

	private static OpenGate gate() {
		return new OpenGate("task-1", 7L, "screeningDecision", "Screening decision", "screening", "SCREENING",
				List.of("GO"), Map.of(), Set.of("lab-lead"), Set.of(), Instant.now());
	}

}
