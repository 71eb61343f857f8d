package org.civiclab.review;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Version;

import org.civiclab.idea.Gate;
import org.civiclab.people.Person;

/**
 * The reviewers a lab lead assigned to a gate of an idea, and their reviews. Open until
 * the gate is decided; then locked to the decision, its reviews kept as they were
 * (docs/adr/0039).
 */
@Entity
class Panel {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long ideaId;

	@Enumerated(EnumType.STRING)
	private Gate gate;

	private Long assignedById;

	private Instant assignedAt;

	private Instant dueAt;

	private Long decisionId;

	@Version
	private Long version;

	@OneToMany(mappedBy = "panel", cascade = CascadeType.ALL)
	@OrderBy("id")
	private List<Review> reviews = new ArrayList<>();

	protected Panel() {
	}

	Panel(Long ideaId, Gate gate, Long assignedById, Instant dueAt, List<Person> reviewers) {
		this.ideaId = ideaId;
		this.gate = gate;
		this.assignedById = assignedById;
		this.assignedAt = Instant.now();
		this.dueAt = dueAt;
		reviewers.forEach((reviewer) -> this.reviews.add(new Review(this, reviewer)));
	}

	Long getId() {
		return this.id;
	}

	Long getIdeaId() {
		return this.ideaId;
	}

	Gate getGate() {
		return this.gate;
	}

	Long getAssignedById() {
		return this.assignedById;
	}

	Instant getAssignedAt() {
		return this.assignedAt;
	}

	Instant getDueAt() {
		return this.dueAt;
	}

	/** The decision the panel is kept with; null while the gate is open. */
	Long getDecisionId() {
		return this.decisionId;
	}

	boolean isOpen() {
		return this.decisionId == null;
	}

	List<Review> getReviews() {
		return List.copyOf(this.reviews);
	}

	Optional<Review> reviewOf(Long personId) {
		return this.reviews.stream().filter((review) -> review.getReviewer().getId().equals(personId)).findFirst();
	}

	/** The gate was decided: the panel and its reviews are kept as they are now. */
	void lockTo(Long decisionId) {
		this.decisionId = decisionId;
	}

}
