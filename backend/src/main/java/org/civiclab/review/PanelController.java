package org.civiclab.review;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;

import org.civiclab.people.CurrentUsers;
import org.civiclab.review.PanelRequests.AssignPanel;
import org.civiclab.review.PanelRequests.SubmitReview;
import org.civiclab.web.ProblemMessages;

import org.springframework.context.MessageSource;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A panel of reviewers at screening (docs/adr/0039): assigned by a lab lead, reviewed by
 * its members, read by them and the lab leads only.
 */
@RestController
@RequestMapping("/api/ideas/{id}")
class PanelController {

	private final Panels panels;

	private final CurrentUsers people;

	private final MessageSource messages;

	PanelController(Panels panels, CurrentUsers people, MessageSource messages) {
		this.panels = panels;
		this.people = people;
		this.messages = messages;
	}

	/**
	 * Assign a panel. A lab lead of the idea's organisation who did not write it names
	 * reviewers of the organisation (not its authors) while the idea waits in screening;
	 * each gets a review task due in {@code dueDays} days, and a reminder when it is
	 * late. Send the idea's version read. Answers the panels the lab lead sees.
	 */
	@PutMapping("/panel")
	List<PanelView> assignPanel(@PathVariable Long id, @Valid @RequestBody AssignPanel request,
			HttpServletRequest http) {
		return localised(this.panels.assign(id, request, this.people.current()), http);
	}

	/**
	 * List the idea's panels and their reviews, oldest first. A lab lead of the idea's
	 * organisation sees every review, notes included, the spread and the rubric's
	 * recommendation on the mean scores; a reviewer their own panel, the others' scores
	 * only once their own review is in, and never their notes. Anyone else: 404.
	 */
	@GetMapping("/reviews")
	List<PanelView> listReviews(@PathVariable Long id, HttpServletRequest http) {
		return localised(this.panels.panels(id, this.people.current()), http);
	}

	/**
	 * Submit my review: rubric scores and private notes. Completes my review task; until
	 * the gate is decided I may change it, sending the version read.
	 */
	@PutMapping("/reviews/mine")
	List<PanelView> submitReview(@PathVariable Long id, @Valid @RequestBody SubmitReview request,
			HttpServletRequest http) {
		return localised(this.panels.submit(id, request, this.people.current()), http);
	}

	/** The rubric's reason in the reader's language. */
	private List<PanelView> localised(List<PanelView> panels, HttpServletRequest http) {
		return panels.stream().map((panel) -> {
			if (panel.recommendation() == null || panel.recommendation().reasonCode() == null) {
				return panel;
			}
			String reason = this.messages.getMessage("rubric.reason." + panel.recommendation().reasonCode(), null,
					panel.recommendation().reason(), ProblemMessages.localeOf(http));
			return new PanelView(panel.id(), panel.gate(), panel.assignedAt(), panel.dueAt(), panel.assignedBy(),
					panel.open(), panel.decisionId(), panel.reviews(), panel.spread(),
					panel.recommendation().withReason(reason), panel.mayReview());
		}).toList();
	}

}
