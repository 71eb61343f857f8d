package org.civiclab.idea;

/**
 * The gates of the pipeline, as the model's {@code gate} property names them.
 */
public enum Gate {

	SCREENING, PLAN, TEST, SCALE, ADOPTION;

	public String modelName() {
		return name().toLowerCase();
	}

	public static Gate fromModel(String name) {
		return (name == null) ? null : valueOf(name.toUpperCase());
	}

}
