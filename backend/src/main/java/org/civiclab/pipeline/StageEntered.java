package org.civiclab.pipeline;

/**
 * Published, in the engine's transaction, when an idea's process enters an element that
 * belongs to a board column.
 *
 * @param ideaId the idea
 * @param stage the column's key
 * @param elementId the element entered
 * @param end whether the element ends the idea's process
 */
public record StageEntered(Long ideaId, String stage, String elementId, boolean end) {
}
