package org.civiclab.experiment;

/**
 * What a test showed about its hypothesis.
 */
public enum ExperimentOutcome {

	VALIDATED, INVALIDATED, INCONCLUSIVE

}
