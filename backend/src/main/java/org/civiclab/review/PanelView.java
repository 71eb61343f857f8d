package org.civiclab.review;

import java.time.Instant;
import java.util.List;

import org.civiclab.decision.DecisionRequest.Scores;
import org.civiclab.idea.Gate;
import org.civiclab.pipeline.Recommendation;

import org.springframework.lang.Nullable;

/**
 * A panel as the reader may see it (docs/adr/0039): a lab lead sees every review, notes
 * included, the spread per criterion and the rubric's recommendation on the mean scores;
 * a reviewer sees their own review, and the others' scores (never their notes) once their
 * own is in.
 *
 * @param open whether the gate is still to be decided (reviews can still change)
 * @param decisionId the decision the panel is kept with, once the gate is decided
 * @param reviews one per reviewer, in the order they were named
 * @param spread per criterion, for a lab lead once a review is in; null for others
 * @param recommendation the rubric's on the mean scores, for a lab lead once a review is
 * in; null for others
 * @param mayReview whether the reader may submit (or change) their review now
 */
record PanelView(Long id, Gate gate, Instant assignedAt, Instant dueAt, String assignedBy, boolean open,
		@Nullable Long decisionId, List<ReviewView> reviews, @Nullable List<CriterionSpread> spread,
		@Nullable Recommendation recommendation, boolean mayReview) {

	/**
	 * One reviewer's review.
	 *
	 * @param submittedAt when it was submitted; null while it is not
	 * @param scores null until submitted, and for a reviewer who has not submitted their
	 * own
	 * @param notes the reviewer's private notes: for themselves and the lab leads only
	 * @param version the review's version, for its own reviewer to change it
	 * @param yours whether it is the reader's own
	 */
	record ReviewView(String username, String displayName, @Nullable Instant submittedAt, @Nullable Scores scores,
			@Nullable String notes, @Nullable Long version, boolean yours) {
	}

	/**
	 * How far the reviewers' scores on one criterion lie apart.
	 *
	 * @param criterion the rubric's criterion ({@code strategicFit},
	 * {@code citizenValue}, {@code feasibility}, {@code novelty})
	 * @param spread highest less lowest
	 * @param disagreement whether the spread is {@value Panels#DISAGREEMENT} points or
	 * more
	 */
	record CriterionSpread(String criterion, int lowest, int highest, double mean, int spread, boolean disagreement) {
	}

}
