package org.civiclab.pipeline;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;

import org.civiclab.privacy.DataSubject;
import org.civiclab.privacy.PersonalRecords;
import org.civiclab.privacy.Pseudonym;

import org.springframework.stereotype.Component;

/**
 * What the engine holds about a person: the ideas they submitted that still run (the
 * {@code submitter} variable names their username, for the revision task) and the tasks
 * that name them as candidate or assignee, and the engine's authorizations for them (on
 * such tasks). An erasure puts the pseudonym's username in their place through the
 * engine's own services. The engine's history at level "activity" names nobody, and is
 * removed after the model's time-to-live.
 */
@Component
class EnginePersonalRecords implements PersonalRecords {

	private final RuntimeService runtime;

	private final TaskService tasks;

	private final AuthorizationService authorizations;

	EnginePersonalRecords(RuntimeService runtime, TaskService tasks, AuthorizationService authorizations) {
		this.runtime = runtime;
		this.tasks = tasks;
		this.authorizations = authorizations;
	}

	@Override
	public String name() {
		return "processEngine";
	}

	@Override
	public List<Map<String, Object>> of(DataSubject subject) {
		List<Map<String, Object>> rows = new ArrayList<>();
		for (ProcessInstance instance : submittedBy(subject.username())) {
			Map<String, Object> row = new LinkedHashMap<>();
			row.put("kind", "submitterOfRunningIdea");
			row.put("ideaId", instance.getBusinessKey());
			rows.add(row);
		}
		for (Task task : namedIn(subject.username())) {
			Map<String, Object> row = new LinkedHashMap<>();
			row.put("kind", "task");
			row.put("task", task.getName());
			row.put("createdAt", task.getCreateTime().toInstant());
			rows.add(row);
		}
		for (Authorization authorization : authorizationsOf(subject.username())) {
			Map<String, Object> row = new LinkedHashMap<>();
			row.put("kind", "authorization");
			row.put("resourceType", authorization.getResourceType());
			row.put("resourceId", authorization.getResourceId());
			rows.add(row);
		}
		return rows;
	}

	@Override
	public void pseudonymise(DataSubject subject, Pseudonym pseudonym) {
		for (ProcessInstance instance : submittedBy(subject.username())) {
			this.runtime.setVariable(instance.getId(), PipelineProcess.SUBMITTER, pseudonym.username());
		}
		for (Task task : namedIn(subject.username())) {
			if (subject.username().equals(task.getAssignee())) {
				this.tasks.setAssignee(task.getId(), pseudonym.username());
			}
			for (IdentityLink link : this.tasks.getIdentityLinksForTask(task.getId())) {
				if (subject.username().equals(link.getUserId()) && "candidate".equals(link.getType())) {
					this.tasks.deleteCandidateUser(task.getId(), subject.username());
					this.tasks.addCandidateUser(task.getId(), pseudonym.username());
				}
			}
		}
		// The engine grants a task's candidate user access to it (authorization is on);
		// adding the pseudonym granted it theirs.
		authorizationsOf(subject.username()).forEach((old) -> this.authorizations.deleteAuthorization(old.getId()));
	}

	private List<Authorization> authorizationsOf(String username) {
		return this.authorizations.createAuthorizationQuery().userIdIn(username).list();
	}

	private List<ProcessInstance> submittedBy(String username) {
		return this.runtime.createProcessInstanceQuery()
			.variableValueEquals(PipelineProcess.SUBMITTER, username)
			.list();
	}

	/** Tasks whose assignee or candidate user is the person (not their groups). */
	private List<Task> namedIn(String username) {
		List<Task> named = new ArrayList<>(this.tasks.createTaskQuery().taskAssignee(username).list());
		for (Task task : this.tasks.createTaskQuery().taskCandidateUser(username).list()) {
			boolean byName = this.tasks.getIdentityLinksForTask(task.getId())
				.stream()
				.anyMatch((link) -> username.equals(link.getUserId()));
			if (byName && named.stream().noneMatch((t) -> t.getId().equals(task.getId()))) {
				named.add(task);
			}
		}
		return named;
	}

}
