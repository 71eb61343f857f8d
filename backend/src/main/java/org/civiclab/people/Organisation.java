package org.civiclab.people;

import java.time.Instant;
import java.time.Period;
import java.util.List;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

/**
 * A municipality or another public body; every idea and person belongs to one.
 */
@Entity
public class Organisation {

	/** The languages CivicLab speaks, as an organisation's or a person's choice. */
	public static final List<String> LANGUAGES = List.of("en", "sv", "da", "nl");

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String name;

	private Instant createdAt;

	/** The language its people see by default: en, sv, da or nl. */
	private String defaultLanguage = "en";

	/** The currency of its costs and budgets (ISO 4217). */
	private String currency = "SEK";

	/**
	 * Days an idea may wait in screening before the lab is reminded; null: the default.
	 */
	private Integer screeningEscalationDays;

	/**
	 * Days between a scaling idea's benefit reviews; null: the installation's default.
	 */
	private Integer benefitReviewDays;

	@Version
	private long version;

	protected Organisation() {
	}

	public Organisation(String name) {
		this.name = name;
		this.createdAt = Instant.now();
	}

	public Long getId() {
		return this.id;
	}

	public String getName() {
		return this.name;
	}

	public void rename(String name) {
		this.name = name;
	}

	public String getDefaultLanguage() {
		return this.defaultLanguage;
	}

	public void setDefaultLanguage(String defaultLanguage) {
		this.defaultLanguage = defaultLanguage;
	}

	public String getCurrency() {
		return this.currency;
	}

	public void setCurrency(String currency) {
		this.currency = currency;
	}

	public Integer getScreeningEscalationDays() {
		return this.screeningEscalationDays;
	}

	public Integer getBenefitReviewDays() {
		return this.benefitReviewDays;
	}

	/** The organisation's own pipeline times in days; null for the installation's. */
	public void setPipelineDays(Integer screeningEscalationDays, Integer benefitReviewDays) {
		this.screeningEscalationDays = screeningEscalationDays;
		this.benefitReviewDays = benefitReviewDays;
	}

	/** How long its ideas wait in screening before the lab is reminded, if it says. */
	public Period screeningEscalationAfter() {
		return (this.screeningEscalationDays != null) ? Period.ofDays(this.screeningEscalationDays) : null;
	}

	/** How often its scaling ideas' benefits are reviewed, if it says. */
	public Period benefitReviewEvery() {
		return (this.benefitReviewDays != null) ? Period.ofDays(this.benefitReviewDays) : null;
	}

	public long getVersion() {
		return this.version;
	}

}
