package org.civiclab.catalogue;

/**
 * Where a pilot in the catalogue got to: scaled into everyday operations, stopped (a
 * result too, with its lessons), or still running (planned, in test, at the scale
 * decision, scaling or on the shelf).
 */
enum PilotOutcome {

	SCALED("i.stage = 'scaled'"), STOPPED("(i.ended_at is not null and i.stage <> 'scaled')"),
	RUNNING("i.ended_at is null");

	/** The condition over the {@code idea} table aliased {@code i}. */
	private final String condition;

	PilotOutcome(String condition) {
		this.condition = condition;
	}

	String condition() {
		return this.condition;
	}

	/**
	 * An idea's outcome from its stage and whether it ended; "scaled" is the end stage of
	 * the model's scale path (processes/idea-pipeline.bpmn), as the dashboard reads
	 * "stopped".
	 */
	static PilotOutcome of(String stage, boolean ended) {
		if ("scaled".equals(stage)) {
			return SCALED;
		}
		return ended ? STOPPED : RUNNING;
	}

}
