package org.civiclab.catalogue;

import java.math.BigDecimal;

import org.springframework.lang.Nullable;

/**
 * What the catalogue's reader searches for: a word in the title, problem or proposal; a
 * theme; an outcome; an organisation; an estimated cost range; and whether a benefit was
 * realised (a measurement at or beyond its target).
 */
record CatalogueFilter(@Nullable String q, @Nullable String theme, @Nullable PilotOutcome outcome,
		@Nullable Long organisation, @Nullable BigDecimal minCost, @Nullable BigDecimal maxCost,
		boolean benefitRealised) {
}
