package org.civiclab.pipeline;

/**
 * What the screening rubric recommends, and why: the reason's code (the DMN's
 * {@code reasonCode}, {@code rubric.reason.<code>} in the message bundles) and its text,
 * the model's English until rendered in the reader's language.
 */
public record Recommendation(String outcome, String reasonCode, String reason) {

	/** The same recommendation, its reason in another language. */
	public Recommendation withReason(String text) {
		return new Recommendation(this.outcome, this.reasonCode, text);
	}

}
