package org.civiclab.pipeline;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;

import org.civiclab.database.Contention;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The engine's side of a panel of reviewers (docs/adr/0039): the message that starts the
 * model's multi-instance "Review idea" task, the open review tasks, and a reviewer's task
 * completed when their review is in. When the panel is done is the model's completion
 * condition; the reminder is the model's timer.
 */
@Service
public class PipelineReviews {

	private final RuntimeService runtime;

	private final TaskService tasks;

	private final PipelineModel model;

	private final EngineCommands commands;

	PipelineReviews(RuntimeService runtime, TaskService tasks, PipelineModel model, EngineCommands commands) {
		this.runtime = runtime;
		this.tasks = tasks;
		this.model = model;
		this.commands = commands;
	}

	/**
	 * Starts a review task for each reviewer, due at this instant. The idea's process is
	 * locked first, like a gate decision.
	 * @return false if the model takes no panel where the idea stands now
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public boolean assign(Long ideaId, List<String> reviewers, Instant dueAt) {
		if (!this.commands.lockRunningProcess(ideaId.toString())) {
			return false;
		}
		try {
			this.runtime.createMessageCorrelation(PipelineProcess.PANEL_ASSIGNED_MESSAGE)
				.processInstanceBusinessKey(ideaId.toString())
				.setVariable(PipelineProcess.REVIEWERS, new ArrayList<>(reviewers))
				.setVariable(PipelineProcess.REVIEW_DUE_AT, Date.from(dueAt))
				.correlate();
			return true;
		}
		catch (MismatchingMessageCorrelationException ex) {
			return false;
		}
		catch (OptimisticLockingException ex) {
			throw new ConcurrentChangeException(ex);
		}
		catch (RuntimeException ex) {
			if (Contention.causedBy(ex)) {
				throw new ConcurrentChangeException(ex);
			}
			throw ex;
		}
	}

	/** The review tasks open on an idea now. */
	public List<ReviewTask> open(Long ideaId) {
		return reviews(this.tasks.createTaskQuery().processInstanceBusinessKey(ideaId.toString()).list());
	}

	/** The review tasks that wait for this person, oldest first. */
	public List<ReviewTask> openFor(String username) {
		return reviews(this.tasks.createTaskQuery().taskAssignee(username).orderByTaskCreateTime().asc().list());
	}

	/**
	 * Completes a reviewer's task: their review is in.
	 * @throws ConcurrentChangeException if the task closed at the same moment
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void complete(ReviewTask review) {
		if (!this.commands.lockProcessOfOpenTask(review.taskId())) {
			throw new ConcurrentChangeException(null);
		}
		try {
			this.tasks.complete(review.taskId(), Variables.createVariables());
		}
		catch (OptimisticLockingException ex) {
			throw new ConcurrentChangeException(ex);
		}
		catch (RuntimeException ex) {
			if (Contention.causedBy(ex) || this.tasks.createTaskQuery().taskId(review.taskId()).count() == 0) {
				throw new ConcurrentChangeException(ex);
			}
			throw ex;
		}
	}

	private List<ReviewTask> reviews(List<Task> found) {
		List<Task> reviewTasks = found.stream()
			.filter((task) -> element(task) != null && element(task).review() != null)
			.toList();
		if (reviewTasks.isEmpty()) {
			return List.of();
		}
		Map<String, Long> ideaIds = new HashMap<>();
		this.runtime.createProcessInstanceQuery()
			.processInstanceIds(reviewTasks.stream().map(Task::getProcessInstanceId).collect(Collectors.toSet()))
			.list()
			.forEach((instance) -> ideaIds.put(instance.getId(), StageTracking.ideaId(instance.getBusinessKey())));
		return reviewTasks.stream()
			.filter((task) -> ideaIds.containsKey(task.getProcessInstanceId()))
			.map((task) -> new ReviewTask(task.getId(), ideaIds.get(task.getProcessInstanceId()), task.getAssignee(),
					element(task).review(), (task.getDueDate() != null) ? task.getDueDate().toInstant() : null,
					task.getCreateTime().toInstant()))
			.toList();
	}

	private PipelineModel.Element element(Task task) {
		return this.model.element(task.getProcessDefinitionId(), task.getTaskDefinitionKey());
	}

}
