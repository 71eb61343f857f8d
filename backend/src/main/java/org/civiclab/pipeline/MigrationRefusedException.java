package org.civiclab.pipeline;

import java.util.List;

/**
 * Running ideas that were not moved to the latest version of the model: the version does
 * not exist or is the latest ({@link #noSuchVersion()}), or the ideas stand on activities
 * the latest version lacks. Nothing was moved.
 */
public class MigrationRefusedException extends RuntimeException {

	private final boolean noSuchVersion;

	private final List<String> missingActivities;

	MigrationRefusedException(String message, boolean noSuchVersion, List<String> missingActivities) {
		super(message);
		this.noSuchVersion = noSuchVersion;
		this.missingActivities = List.copyOf(missingActivities);
	}

	public boolean noSuchVersion() {
		return this.noSuchVersion;
	}

	public List<String> missingActivities() {
		return this.missingActivities;
	}

}
