package org.civiclab.idea;

/**
 * Stage values that the application itself knows; all others come from the model.
 */
public final class Stages {

	/** Written but not submitted: only its authors see it. */
	public static final String DRAFT = "draft";

	public static final String TEST = "test";

	public static final String WITHDRAWN = "withdrawn";

	private Stages() {
	}

}
