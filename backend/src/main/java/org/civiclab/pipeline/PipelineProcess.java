package org.civiclab.pipeline;

/**
 * The names the code shares with {@code processes/innovation-pipeline.bpmn} and
 * {@code processes/screening-rubric.dmn} (see docs/pipeline-model.md).
 */
public final class PipelineProcess {

	/** The process id, equal to the model's file name. */
	public static final String KEY = "innovation-pipeline";

	/** The screening rubric's decision id. */
	public static final String RUBRIC = "screening-rubric";

	/** The message that withdraws an idea from whatever stage it is in. */
	public static final String WITHDRAWN_MESSAGE = "IdeaWithdrawn";

	/**
	 * The message that assigns a panel of reviewers to the open screening: it starts the
	 * model's "Review idea" task, one for each reviewer (docs/adr/0039).
	 */
	public static final String PANEL_ASSIGNED_MESSAGE = "PanelAssigned";

	/** The message that closes a panel's open reviews when the gate is decided. */
	public static final String PANEL_CLOSED_MESSAGE = "PanelClosed";

	/** Extension properties on the model's elements. */
	static final String STAGE = "stage";

	static final String STAGE_LABEL = "stageLabel";

	/**
	 * The property of a flow that publishes a {@link PipelineSignal} of its kind when
	 * taken.
	 */
	static final String SIGNAL = "signal";

	static final String GATE = "gate";

	static final String OUTCOMES = "outcomes";

	/** The gate a review task reviews for: a review task is no gate. */
	static final String REVIEW = "review";

	/** The records a stage allows ({@link StageCapability}). */
	static final String RECORDS = "records";

	/** Process variables: ids, flags and dates, never domain records. */
	static final String IDEA_ID = "ideaId";

	static final String SUBMITTER = "submitter";

	static final String SCREENING_ESCALATION_AFTER = "screeningEscalationAfter";

	static final String BENEFIT_REVIEW_CYCLE = "benefitReviewCycle";

	static final String OUTCOME = "outcome";

	static final String TEST_ENDS_AT = "testEndsAt";

	static final String TEST_REMIND_AT = "testRemindAt";

	static final String WAKE_UP_AT = "wakeUpAt";

	/** The usernames of a panel's reviewers, one review task each. */
	static final String REVIEWERS = "reviewers";

	/** When a panel's reviews are due (the tasks' due date and the reminder). */
	static final String REVIEW_DUE_AT = "reviewDueAt";

	private PipelineProcess() {
	}

}
