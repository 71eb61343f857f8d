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

	/**
	 * {@link #reached} in SQL, for an {@code impact_target t} and a
	 * {@code benefit_measurement m}: a null baseline compares as unknown, so not met.
	 */
	public static final String REACHED_SQL = "((t.target >= t.baseline and m.measured_value >= t.target)"
			+ " or (t.target < t.baseline and m.measured_value <= t.target))";

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

	/**
	 * Whether a measured value meets a target: at or beyond it, in the direction from the
	 * baseline to the target (a target below the baseline is met at or below it). Never
	 * while the baseline is to be measured: the target has no direction yet. The one rule
	 * of "target met", for the dashboard and the catalogue; {@link #REACHED_SQL} says the
	 * same in SQL.
	 * @param baseline where the metric stood, null while to be measured
	 * @param target the target
	 * @param value a measured value
	 * @return whether the value meets the target
	 */
	public static boolean reached(@Nullable BigDecimal baseline, BigDecimal target, BigDecimal value) {
		if (baseline == null) {
			return false;
		}
		return (target.compareTo(baseline) >= 0) ? value.compareTo(target) >= 0 : value.compareTo(target) <= 0;
	}

	/** Read with the target; a baseline is set only with the version it was read at. */
	public Long getVersion() {
		return this.version;
	}

}
