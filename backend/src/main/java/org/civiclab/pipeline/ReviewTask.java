package org.civiclab.pipeline;

import java.time.Instant;

/**
 * One reviewer's open "Review idea" task of a panel (docs/adr/0039).
 *
 * @param taskId the engine's task id
 * @param ideaId the idea
 * @param reviewer the username the task is assigned to
 * @param gate the gate the panel reviews for, as the model names it ({@code screening})
 * @param dueAt when the review is due
 * @param since when the task was created
 */
public record ReviewTask(String taskId, Long ideaId, String reviewer, String gate, Instant dueAt, Instant since) {
}
