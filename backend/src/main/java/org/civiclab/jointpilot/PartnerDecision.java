package org.civiclab.jointpilot;

import java.math.BigDecimal;
import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

import org.civiclab.idea.Outcome;
import org.hibernate.annotations.Immutable;

/**
 * A partner's scale decision for its own organisation on a joint pilot: immutable, one
 * per partner (docs/adr/0038).
 */
@Entity
@Immutable
class PartnerDecision {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long ideaId;

	private Long organisationId;

	@Enumerated(EnumType.STRING)
	private Outcome outcome;

	private String rationale;

	private BigDecimal budget;

	private String receivingUnit;

	private Long decidedById;

	private Instant decidedAt;

	protected PartnerDecision() {
	}

	PartnerDecision(Long ideaId, Long organisationId, PartnerDecisionRequest request, Long decidedById) {
		this.ideaId = ideaId;
		this.organisationId = organisationId;
		this.outcome = request.outcome();
		this.rationale = request.rationale().strip();
		this.budget = request.budget();
		this.receivingUnit = request.receivingUnit();
		this.decidedById = decidedById;
		this.decidedAt = Instant.now();
	}

	Long getId() {
		return this.id;
	}

	Long getIdeaId() {
		return this.ideaId;
	}

	Long getOrganisationId() {
		return this.organisationId;
	}

	Outcome getOutcome() {
		return this.outcome;
	}

	String getRationale() {
		return this.rationale;
	}

	BigDecimal getBudget() {
		return this.budget;
	}

	String getReceivingUnit() {
		return this.receivingUnit;
	}

	Long getDecidedById() {
		return this.decidedById;
	}

	Instant getDecidedAt() {
		return this.decidedAt;
	}

}
