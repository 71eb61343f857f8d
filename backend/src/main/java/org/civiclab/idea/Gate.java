package org.civiclab.idea;

/**
 * The gates of the pipeline, as the model's {@code gate} property names them. Every gate
 * but {@link #REVISION} is a decision; the revision gate is the authors' resubmission of
 * an idea that screening sent back.
 */
public enum Gate {

	SCREENING, PLAN, TEST, SCALE, ADOPTION, REVISION;

	public String modelName() {
		return name().toLowerCase();
	}

	/** Whether passing the gate is a gate decision (immutable, with its fields). */
	public boolean isDecision() {
		return this != REVISION;
	}

	public static Gate fromModel(String name) {
		return (name == null) ? null : valueOf(name.toUpperCase());
	}

}
