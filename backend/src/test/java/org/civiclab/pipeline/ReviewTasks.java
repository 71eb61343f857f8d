package org.civiclab.pipeline;

import java.util.List;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;

/**
 * A panel's review tasks in the process tests: one per reviewer, assigned to them.
 */
final class ReviewTasks {

	private ReviewTasks() {
	}

	static List<Task> of(ProcessInstance idea) {
		return taskService().createTaskQuery()
			.processInstanceId(idea.getId())
			.taskDefinitionKey("UserTask_ReviewIdea")
			.list();
	}

	static void complete(ProcessInstance idea, String reviewer) {
		taskService().complete(of(idea).stream()
			.filter((task) -> reviewer.equals(task.getAssignee()))
			.findFirst()
			.orElseThrow()
			.getId());
	}

}
