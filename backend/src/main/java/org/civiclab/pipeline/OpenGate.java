package org.civiclab.pipeline;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A user task of the pipeline that waits for someone to act on an idea.
 *
 * @param taskId the engine's task id
 * @param ideaId the idea (the process instance's business key)
 * @param elementId the task's id in the model, e.g. {@code UserTask_ScreenIdea}
 * @param name the task's name in the model
 * @param gate the gate it decides ({@code screening}, {@code plan}, {@code test},
 * {@code scale}, {@code adoption}, {@code revision})
 * @param stage the board column it belongs to
 * @param outcomes the outcomes the model allows here
 * @param outcomeStages the stage (board column) each outcome leads to
 * @param candidateGroups the roles (as groups) that may act
 * @param candidateUsers the people who may act by name
 * @param since when the task was created
 */
public record OpenGate(String taskId, Long ideaId, String elementId, String name, String gate, String stage,
		List<String> outcomes, Map<String, String> outcomeStages, Set<String> candidateGroups,
		Set<String> candidateUsers, Instant since) {

	/** Whether someone with these groups and this username may act on the task. */
	public boolean isFor(String username, Set<String> groups) {
		return this.candidateUsers.contains(username) || this.candidateGroups.stream().anyMatch(groups::contains);
	}

}
