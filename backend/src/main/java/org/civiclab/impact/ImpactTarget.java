package org.civiclab.impact;

import java.math.BigDecimal;
import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

import org.springframework.lang.Nullable;

/**
 * What an idea promises to change, measured from a baseline towards a target. An adopted
 * pilot's targets come without a baseline (docs/adr/0036): it is to be measured by the
 * adopter, whose lab lead sets it later.
 */
@Entity
public class ImpactTarget {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long ideaId;

	private String metric;

	private String unit;

	@Nullable
	private BigDecimal baseline;

	private BigDecimal target;

	private Instant createdAt;

	@Version
	private Long version;

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

	/**
	 * Where the metric stood when the target was set; null while it is to be measured.
	 */
	@Nullable
	public BigDecimal getBaseline() {
		return this.baseline;
	}

	/** The baseline as measured (by an adopter, or corrected). */
	void measureBaseline(BigDecimal baseline) {
		this.baseline = baseline;
	}

	public BigDecimal getTarget() {
		return this.target;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	/** Read with the target; a baseline is set only with the version it was read at. */
	public Long getVersion() {
		return this.version;
	}

}
