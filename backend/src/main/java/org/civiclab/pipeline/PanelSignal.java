package org.civiclab.pipeline;

/**
 * Published when the model's panel of reviewers needs people's attention: the reviews are
 * due and some are not in, or every review the model's completion condition asks for is
 * in (docs/adr/0039). Kept apart from {@link PipelineSignal}: who is on a panel is no
 * part of the idea's timeline.
 *
 * @param ideaId the idea
 * @param kind what is due
 */
public record PanelSignal(Long ideaId, Kind kind) {

	public enum Kind {

		/** The reviews' due date came and some reviewers have not submitted. */
		REVIEWS_LATE,

		/** The reviews the model's completion condition asks for are in. */
		REVIEWS_IN

	}

}
