package org.civiclab.pipeline;

import java.util.Arrays;

/**
 * A kind of record a stage allows, as the model's {@code records} property on the stage's
 * elements names it (e.g. {@code records="experiments,impact-targets"}): a stage added in
 * the Modeler says what may be recorded in it, with no code change.
 */
public enum StageCapability {

	/** Test cards and their results. */
	EXPERIMENTS("experiments"),

	/** Impact targets: metric, baseline, target. */
	IMPACT_TARGETS("impact-targets"),

	/** Benefits measured against the impact targets. */
	MEASUREMENTS("measurements");

	private final String modelName;

	StageCapability(String modelName) {
		this.modelName = modelName;
	}

	/** The name the model's {@code records} property uses. */
	public String modelName() {
		return this.modelName;
	}

	static StageCapability fromModel(String name) {
		return Arrays.stream(values())
			.filter((capability) -> capability.modelName.equals(name))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("The model names an unknown record kind '" + name
					+ "'; known: experiments, impact-targets, measurements"));
	}

}
