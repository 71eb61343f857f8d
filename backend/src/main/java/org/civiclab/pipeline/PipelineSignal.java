package org.civiclab.pipeline;

/**
 * Published when one of the model's timers asks for people's attention.
 *
 * @param ideaId the idea
 * @param kind what is due
 */
public record PipelineSignal(Long ideaId, Kind kind) {

	public enum Kind {

		/** An idea has waited in screening longer than it should. */
		SCREENING_OVERDUE,

		/** A test's time box ends soon. */
		TIME_BOX_ENDING,

		/** A test's time box has ended: a decision is due now. */
		TIME_BOX_ENDED,

		/** An idea put on the shelf is back: its wake-up date came. */
		SHELF_WOKE_UP,

		/** A scaling idea's benefits are due for review. */
		BENEFIT_REVIEW_DUE

	}

}
