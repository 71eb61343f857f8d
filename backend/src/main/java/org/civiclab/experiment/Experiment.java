package org.civiclab.experiment;

import java.math.BigDecimal;
import java.time.Instant;

import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

/**
 * A test of an idea: its test card, and once run, its result, outcome and learning card.
 */
@Entity
public class Experiment {

	public enum Status {

		PLANNED, COMPLETED

	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long ideaId;

	private String title;

	private String hypothesis;

	private String testDescription;

	private String metric;

	private String criterion;

	private int timeBoxDays;

	private BigDecimal budgetCap;

	private String testGroup;

	private String partners;

	@Enumerated(EnumType.STRING)
	private Status status = Status.PLANNED;

	private String result;

	@Enumerated(EnumType.STRING)
	private ExperimentOutcome outcome;

	@Embedded
	private LearningCard learningCard;

	private BigDecimal costSpent;

	private Instant createdAt;

	@Version
	private Long version;

	protected Experiment() {
	}

	Experiment(Long ideaId) {
		this.ideaId = ideaId;
		this.createdAt = Instant.now();
	}

	void describe(TestCardRequest card) {
		this.title = card.title();
		this.hypothesis = card.hypothesis();
		this.testDescription = card.test();
		this.metric = card.metric();
		this.criterion = card.criterion();
		this.timeBoxDays = card.timeBoxDays();
		this.budgetCap = card.budgetCap();
		this.testGroup = card.testGroup();
		this.partners = card.partners();
	}

	void record(String result, ExperimentOutcome outcome, LearningCard learningCard, BigDecimal costSpent) {
		this.result = result;
		this.costSpent = costSpent;
		this.outcome = outcome;
		this.learningCard = learningCard;
		this.status = Status.COMPLETED;
	}

	public Long getId() {
		return this.id;
	}

	public Long getIdeaId() {
		return this.ideaId;
	}

	public String getTitle() {
		return this.title;
	}

	public String getHypothesis() {
		return this.hypothesis;
	}

	public String getTestDescription() {
		return this.testDescription;
	}

	public String getMetric() {
		return this.metric;
	}

	public String getCriterion() {
		return this.criterion;
	}

	public int getTimeBoxDays() {
		return this.timeBoxDays;
	}

	public BigDecimal getBudgetCap() {
		return this.budgetCap;
	}

	public String getTestGroup() {
		return this.testGroup;
	}

	public String getPartners() {
		return this.partners;
	}

	public Status getStatus() {
		return this.status;
	}

	public String getResult() {
		return this.result;
	}

	public ExperimentOutcome getOutcome() {
		return this.outcome;
	}

	public LearningCard getLearningCard() {
		return this.learningCard;
	}

	/** What the test actually cost, if recorded with its result. */
	public BigDecimal getCostSpent() {
		return this.costSpent;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	public Long getVersion() {
		return this.version;
	}

}
