package org.civiclab.people;

import io.swagger.v3.oas.annotations.media.Schema;

import org.springframework.lang.Nullable;

/**
 * An organisation as its admins see it, with its pipeline times: its own in days, or none
 * for the installation's (given beside them).
 *
 * @param version for optimistic locking: send it back with a change
 */
@Schema(name = "AdminOrganisation")
record OrganisationView(Long id, String name, String defaultLanguage, String currency,
		@Nullable Integer screeningEscalationDays, @Nullable Integer benefitReviewDays,
		int defaultScreeningEscalationDays, int defaultBenefitReviewDays, long version) {

}
