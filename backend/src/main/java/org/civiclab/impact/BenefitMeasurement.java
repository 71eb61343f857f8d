package org.civiclab.impact;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

import org.springframework.lang.Nullable;

/**
 * A value of an impact target's metric, measured on a date.
 */
@Entity
public class BenefitMeasurement {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long impactTargetId;

	private LocalDate measuredOn;

	@Column(name = "measured_value")
	private BigDecimal value;

	private String note;

	private Long recordedById;

	private Instant recordedAt;

	/**
	 * The site: the organisation that measured it (a joint pilot's partner measures its
	 * own).
	 */
	private Long organisationId;

	protected BenefitMeasurement() {
	}

	BenefitMeasurement(Long impactTargetId, LocalDate measuredOn, BigDecimal value, String note, Long recordedById,
			Long organisationId) {
		this.impactTargetId = impactTargetId;
		this.organisationId = organisationId;
		this.measuredOn = measuredOn;
		this.value = value;
		this.note = note;
		this.recordedById = recordedById;
		this.recordedAt = Instant.now();
	}

	/** The organisation whose site it was measured at. */
	public Long getOrganisationId() {
		return this.organisationId;
	}

	public Long getId() {
		return this.id;
	}

	public Long getImpactTargetId() {
		return this.impactTargetId;
	}

	public LocalDate getMeasuredOn() {
		return this.measuredOn;
	}

	public BigDecimal getValue() {
		return this.value;
	}

	@Nullable
	public String getNote() {
		return this.note;
	}

	public Instant getRecordedAt() {
		return this.recordedAt;
	}

}
