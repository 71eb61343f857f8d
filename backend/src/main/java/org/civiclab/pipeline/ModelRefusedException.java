package org.civiclab.pipeline;

import java.util.List;

/**
 * A new version of the model that was not deployed, with what is wrong with it; nothing
 * was deployed.
 */
public class ModelRefusedException extends RuntimeException {

	private final List<String> problems;

	ModelRefusedException(List<String> problems) {
		super("The model was not deployed: " + String.join("; ", problems));
		this.problems = List.copyOf(problems);
	}

	public List<String> problems() {
		return this.problems;
	}

}
