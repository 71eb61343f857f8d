package org.civiclab.review;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.civiclab.decision.DecisionRequest.Scores;

import org.springframework.lang.Nullable;

/** What the panel's endpoints take. */
final class PanelRequests {

	private PanelRequests() {
	}

	/**
	 * A panel for the open screening.
	 *
	 * @param reviewers the usernames of the people of the idea's organisation who review
	 * it (as {@code /api/colleagues} lists them), not its authors
	 * @param dueDays in how many days the reviews are due (default
	 * {@value Panels#DEFAULT_DUE_DAYS})
	 * @param version the idea's version, as read
	 */
	record AssignPanel(@NotEmpty @Size(max = Panels.MAX_REVIEWERS) List<@NotBlank @Size(max = 200) String> reviewers,
			@Nullable @Min(1) @Max(Panels.MAX_DUE_DAYS) Integer dueDays, @NotNull Long version) {
	}

	/**
	 * A reviewer's review.
	 *
	 * @param notes private: read by the reviewer and the lab leads only
	 * @param version the review's version as read, to change a review already submitted;
	 * none the first time
	 */
	record SubmitReview(@NotNull @Valid Scores scores, @Nullable @Size(max = 2000) String notes,
			@Nullable Long version) {
	}

}
