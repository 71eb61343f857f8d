package org.civiclab.catalogue;

import java.math.BigDecimal;
import java.util.List;

import org.springframework.lang.Nullable;

/**
 * A pilot in the catalogue, as any organisation's reader sees it.
 *
 * @param benefitRealised whether a benefit measured reached its impact target
 * @param adoptions how many ideas other organisations started from it
 */
record CatalogueEntry(String reference, String title, String organisation, Long organisationId, List<String> themes,
		String stage, PilotOutcome outcome, @Nullable BigDecimal estimatedCost, String currency,
		boolean benefitRealised, long adoptions) {
}
