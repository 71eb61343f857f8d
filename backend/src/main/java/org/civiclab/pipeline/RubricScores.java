package org.civiclab.pipeline;

/**
 * The screening rubric's four scores, each 1 to 5.
 */
public record RubricScores(int strategicFit, int citizenValue, int feasibility, int novelty) {
}
