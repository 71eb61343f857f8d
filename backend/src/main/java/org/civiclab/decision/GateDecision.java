package org.civiclab.decision;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

import org.civiclab.experiment.LearningCard;
import org.civiclab.idea.Gate;
import org.civiclab.idea.Outcome;
import org.civiclab.people.Person;
import org.civiclab.people.Role;
import org.hibernate.annotations.Immutable;

/**
 * A gate decision: taken once, kept forever. It has no setters, its repository no update
 * or delete, and Hibernate treats it as immutable.
 */
@Entity
@Immutable
public class GateDecision {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long ideaId;

	@Enumerated(EnumType.STRING)
	private Gate gate;

	@Enumerated(EnumType.STRING)
	private Outcome outcome;

	private String rationale;

	private String conditions;

	private Integer strategicFit;

	private Integer citizenValue;

	private Integer feasibility;

	private Integer novelty;

	private String recommendation;

	private String recommendationReason;

	private BigDecimal budget;

	private String receivingUnit;

	private String checklist;

	@Embedded
	private LearningCard learningCard;

	private Instant timeBoxEndsAt;

	private Instant wakeUpAt;

	@ManyToOne(optional = false, fetch = FetchType.EAGER)
	private Person decidedBy;

	@Enumerated(EnumType.STRING)
	private Role decidedAs;

	private Instant decidedAt;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "gate_decision_experiment", joinColumns = @JoinColumn(name = "gate_decision_id"))
	@Column(name = "experiment_id")
	private Set<Long> experimentIds = new LinkedHashSet<>();

	protected GateDecision() {
	}

	GateDecision(Long ideaId, DecisionRequest request, Person decidedBy, Role decidedAs, String recommendation,
			String recommendationReason) {
		this.ideaId = ideaId;
		this.gate = request.gate();
		this.outcome = request.outcome();
		this.rationale = request.rationale();
		this.conditions = request.conditions();
		if (request.scores() != null) {
			this.strategicFit = request.scores().strategicFit();
			this.citizenValue = request.scores().citizenValue();
			this.feasibility = request.scores().feasibility();
			this.novelty = request.scores().novelty();
		}
		this.recommendation = recommendation;
		this.recommendationReason = recommendationReason;
		this.budget = request.budget();
		this.receivingUnit = request.receivingUnit();
		this.checklist = (request.checklist() != null) ? request.checklist().ticked() : null;
		this.learningCard = request.learningCard();
		this.timeBoxEndsAt = request.timeBoxEndsAt();
		this.wakeUpAt = request.wakeUpAt();
		this.decidedBy = decidedBy;
		this.decidedAs = decidedAs;
		this.decidedAt = Instant.now();
		this.experimentIds = new LinkedHashSet<>(request.experimentIdsOrNone());
	}

	public Long getId() {
		return this.id;
	}

	public Long getIdeaId() {
		return this.ideaId;
	}

	public Gate getGate() {
		return this.gate;
	}

	public Outcome getOutcome() {
		return this.outcome;
	}

	public String getRationale() {
		return this.rationale;
	}

	public String getConditions() {
		return this.conditions;
	}

	public Integer getStrategicFit() {
		return this.strategicFit;
	}

	public Integer getCitizenValue() {
		return this.citizenValue;
	}

	public Integer getFeasibility() {
		return this.feasibility;
	}

	public Integer getNovelty() {
		return this.novelty;
	}

	public String getRecommendation() {
		return this.recommendation;
	}

	public String getRecommendationReason() {
		return this.recommendationReason;
	}

	public BigDecimal getBudget() {
		return this.budget;
	}

	public String getReceivingUnit() {
		return this.receivingUnit;
	}

	public String getChecklist() {
		return this.checklist;
	}

	public LearningCard getLearningCard() {
		return this.learningCard;
	}

	public Instant getTimeBoxEndsAt() {
		return this.timeBoxEndsAt;
	}

	public Instant getWakeUpAt() {
		return this.wakeUpAt;
	}

	public String getDecidedBy() {
		return this.decidedBy.getUsername();
	}

	public String getDecidedByName() {
		return this.decidedBy.getDisplayName();
	}

	public Role getDecidedAs() {
		return this.decidedAs;
	}

	public Instant getDecidedAt() {
		return this.decidedAt;
	}

	public Set<Long> getExperimentIds() {
		return Set.copyOf(this.experimentIds);
	}

}
