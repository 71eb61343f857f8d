package org.civiclab.impact;

import java.math.BigDecimal;
import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/**
 * What an idea promises to change, measured from a baseline towards a target.
 */
@Entity
public class ImpactTarget {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long ideaId;

	private String metric;

	private String unit;

	private BigDecimal baseline;

	private BigDecimal target;

	private Instant createdAt;

	protected ImpactTarget() {
	}

	ImpactTarget(Long ideaId, String metric, String unit, BigDecimal baseline, BigDecimal target) {
		this.ideaId = ideaId;
		this.metric = metric;
		this.unit = unit;
		this.baseline = baseline;
		this.target = target;
		this.createdAt = Instant.now();
	}

	public Long getId() {
		return this.id;
	}

	public Long getIdeaId() {
		return this.ideaId;
	}

	public String getMetric() {
		return this.metric;
	}

	public String getUnit() {
		return this.unit;
	}

	public BigDecimal getBaseline() {
		return this.baseline;
	}

	public BigDecimal getTarget() {
		return this.target;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

}
