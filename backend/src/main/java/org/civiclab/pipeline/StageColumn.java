package org.civiclab.pipeline;

import java.util.Set;

/**
 * A column of the board: a {@code stage} value found in the deployed model.
 *
 * @param stage the stage's key, e.g. {@code screening}
 * @param label its name in the model, e.g. "Screening"
 * @param end whether ideas in it have left the pipeline (an end event carries it)
 * @param allows the records its elements allow (their {@code records} property)
 */
public record StageColumn(String stage, String label, boolean end, Set<StageCapability> allows) {

	public StageColumn {
		allows = Set.copyOf(allows);
	}

}
