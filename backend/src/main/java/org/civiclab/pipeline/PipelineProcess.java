package org.civiclab.pipeline;

/**
 * The names the code shares with {@code processes/innovation-pipeline.bpmn}.
 */
public final class PipelineProcess {

	/** The process id, equal to the model's file name. */
	public static final String KEY = "innovation-pipeline";

	private PipelineProcess() {
	}

}
