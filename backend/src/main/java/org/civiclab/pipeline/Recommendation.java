package org.civiclab.pipeline;

/**
 * What the screening rubric recommends, and why.
 */
public record Recommendation(String outcome, String reason) {
}
