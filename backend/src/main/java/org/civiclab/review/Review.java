package org.civiclab.review;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;

import org.civiclab.decision.DecisionRequest.Scores;
import org.civiclab.people.Person;

/**
 * A panel member's rubric scores and private notes; empty until they submit it.
 */
@Entity
class Review {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY)
	private Panel panel;

	@ManyToOne(fetch = FetchType.LAZY)
	private Person reviewer;

	private Integer strategicFit;

	private Integer citizenValue;

	private Integer feasibility;

	private Integer novelty;

	private String notes;

	private Instant submittedAt;

	@Version
	private Long version;

	protected Review() {
	}

	Review(Panel panel, Person reviewer) {
		this.panel = panel;
		this.reviewer = reviewer;
	}

	Person getReviewer() {
		return this.reviewer;
	}

	boolean isSubmitted() {
		return this.submittedAt != null;
	}

	/** The scores; null until submitted. */
	Scores getScores() {
		return isSubmitted() ? new Scores(this.strategicFit, this.citizenValue, this.feasibility, this.novelty) : null;
	}

	String getNotes() {
		return this.notes;
	}

	Instant getSubmittedAt() {
		return this.submittedAt;
	}

	Long getVersion() {
		return this.version;
	}

	void submit(Scores scores, String notes) {
		this.strategicFit = scores.strategicFit();
		this.citizenValue = scores.citizenValue();
		this.feasibility = scores.feasibility();
		this.novelty = scores.novelty();
		this.notes = (notes != null && !notes.isBlank()) ? notes.strip() : null;
		this.submittedAt = Instant.now();
	}

}
