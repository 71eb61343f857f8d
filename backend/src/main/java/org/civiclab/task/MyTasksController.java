package org.civiclab.task;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.civiclab.idea.Gate;
import org.civiclab.idea.Idea;
import org.civiclab.idea.IdeaRepository;
import org.civiclab.people.CurrentUser;
import org.civiclab.people.CurrentUsers;
import org.civiclab.pipeline.OpenGate;
import org.civiclab.pipeline.Pipeline;

import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * My tasks: the gates that wait for the current user, oldest first.
 */
@RestController
class MyTasksController {

	private final Pipeline pipeline;

	private final IdeaRepository ideas;

	private final CurrentUsers currentUsers;

	MyTasksController(Pipeline pipeline, IdeaRepository ideas, CurrentUsers currentUsers) {
		this.pipeline = pipeline;
		this.ideas = ideas;
		this.currentUsers = currentUsers;
	}

	record MyTask(String taskId, String name, String gate, String stage, List<String> outcomes, Instant since,
			Long ideaId, String reference, String title) {
	}

	@GetMapping("/api/tasks/mine")
	@Transactional(readOnly = true)
	List<MyTask> mine() {
		CurrentUser user = this.currentUsers.current();
		List<OpenGate> gates = this.pipeline.openGatesFor(user.username(), user.groups());
		Map<Long, Idea> byId = this.ideas.findAllById(gates.stream().map(OpenGate::ideaId).toList())
			.stream()
			.collect(Collectors.toMap(Idea::getId, Function.identity()));
		return gates.stream()
			// Only the gates of the user's own organisation's ideas (docs/adr/0014).
			.filter((gate) -> byId.containsKey(gate.ideaId()) && byId.get(gate.ideaId()).belongsTo(user))
			.filter((gate) -> !(Gate.SCALE.modelName().equals(gate.gate())
					&& byId.get(gate.ideaId()).proposedForScalingBy(user.username())))
			.map((gate) -> {
				Idea idea = byId.get(gate.ideaId());
				return new MyTask(gate.taskId(), gate.name(), gate.gate(), gate.stage(), gate.outcomes(), gate.since(),
						idea.getId(), idea.getReference(), idea.getTitle());
			})
			.toList();
	}

}
