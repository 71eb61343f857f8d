package org.civiclab.idea;

import java.util.Arrays;

import org.civiclab.pipeline.OpenGate;

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

	/**
	 * The gate a model's {@code gate} property names; null for an element without one, or
	 * with one CivicLab does not know (a task added in the Modeler without a gate of
	 * ours), which nobody passes through CivicLab.
	 */
	public static Gate fromModel(String name) {
		return Arrays.stream(values()).filter((gate) -> gate.modelName().equals(name)).findFirst().orElse(null);
	}

	/** Whether an open task is one of CivicLab's gates. */
	public static boolean isKnown(OpenGate gate) {
		return fromModel(gate.gate()) != null;
	}

}
