package org.civiclab.pipeline;

import java.time.Instant;
import java.util.Date;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The door to a challenge's process ({@code processes/challenge.bpmn}): open until its
 * closing timer, then its responses are reviewed, then it is closed with a summary; or
 * closed early by its lab lead. Runs in the caller's transaction. The business key is
 * {@code challenge-<id>}, so that it never names an idea.
 */
@Service
public class ChallengeProcess {

	/** The process id, equal to the model's file name. */
	public static final String KEY = "challenge";

	static final String CLOSES_AT = "closesAt";

	static final String CHALLENGE_ID = "challengeId";

	static final String CLOSED_EARLY = "ChallengeClosedEarly";

	static final String REVIEW_TASK = "UserTask_ReviewResponses";

	private final RuntimeService runtime;

	private final TaskService tasks;

	private final ManagementService management;

	ChallengeProcess(RuntimeService runtime, TaskService tasks, ManagementService management) {
		this.runtime = runtime;
		this.tasks = tasks;
		this.management = management;
	}

	@Transactional(propagation = Propagation.MANDATORY)
	public void start(Long challengeId, Instant closesAt) {
		this.runtime.startProcessInstanceByKey(KEY, businessKey(challengeId),
				Variables.createVariables()
					.putValue(CHALLENGE_ID, challengeId)
					.putValue(CLOSES_AT, Date.from(closesAt)));
	}

	/** Moves the closing timer of a challenge that is still open. */
	@Transactional(propagation = Propagation.MANDATORY)
	public void reschedule(Long challengeId, Instant closesAt) {
		ProcessInstance instance = instance(challengeId);
		if (instance == null) {
			return;
		}
		this.runtime.setVariable(instance.getId(), CLOSES_AT, Date.from(closesAt));
		for (Job job : this.management.createJobQuery().processInstanceId(instance.getId()).timers().list()) {
			this.management.setJobDuedate(job.getId(), Date.from(closesAt));
		}
	}

	/**
	 * Closes the challenge: completes its review if it waits for one, or ends it early
	 * while it is open. False if its process had already ended.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public boolean close(Long challengeId) {
		ProcessInstance instance = instance(challengeId);
		if (instance == null) {
			return false;
		}
		Task review = this.tasks.createTaskQuery()
			.processInstanceId(instance.getId())
			.taskDefinitionKey(REVIEW_TASK)
			.singleResult();
		if (review != null) {
			this.tasks.complete(review.getId());
		}
		else {
			this.runtime.createMessageCorrelation(CLOSED_EARLY).processInstanceId(instance.getId()).correlate();
		}
		return true;
	}

	private ProcessInstance instance(Long challengeId) {
		return this.runtime.createProcessInstanceQuery()
			.processDefinitionKey(KEY)
			.processInstanceBusinessKey(businessKey(challengeId))
			.singleResult();
	}

	static String businessKey(Long challengeId) {
		return KEY + "-" + challengeId;
	}

}
