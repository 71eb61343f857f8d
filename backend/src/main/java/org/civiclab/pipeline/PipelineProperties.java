package org.civiclab.pipeline;

import java.time.Duration;
import java.time.Period;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The pipeline's configurable times.
 *
 * @param screeningEscalationAfter how long an idea may wait in screening before the lab
 * is reminded
 * @param benefitReviewEvery how often a scaling idea's benefits are reviewed
 * @param benefitReviews how many benefit reviews are requested at most
 * @param timeBoxReminderBefore how long before a test's time box ends its reminder comes
 */
@ConfigurationProperties("civiclab.pipeline")
public record PipelineProperties(Period screeningEscalationAfter, Period benefitReviewEvery, int benefitReviews,
		Duration timeBoxReminderBefore) {

	public PipelineProperties {
		screeningEscalationAfter = (screeningEscalationAfter != null) ? screeningEscalationAfter : Period.ofDays(14);
		benefitReviewEvery = (benefitReviewEvery != null) ? benefitReviewEvery : Period.ofDays(90);
		benefitReviews = (benefitReviews > 0) ? benefitReviews : 8;
		timeBoxReminderBefore = (timeBoxReminderBefore != null) ? timeBoxReminderBefore : Duration.ofDays(7);
	}

	/** The review timer's cycle, every this often ({@code null}: the default). */
	String benefitReviewCycle(Period every) {
		return "R" + this.benefitReviews + "/" + ((every != null) ? every : this.benefitReviewEvery);
	}

}
