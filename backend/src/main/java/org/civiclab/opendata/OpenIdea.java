package org.civiclab.opendata;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import org.civiclab.opendata.PublishedAdoptions.OpenAdopter;
import org.civiclab.opendata.PublishedAdoptions.OpenOrigin;
import org.civiclab.opendata.Benefits.Result;
import org.civiclab.portfolio.IdeaRecords.DecisionRecord;
import org.civiclab.portfolio.IdeaRecords.ExperimentRecord;

import org.springframework.lang.Nullable;

/**
 * A public idea as the open data publishes it ({@code ideas.schema.json}): what it is and
 * what its tests taught, and a name only of a submitter who consented; its stage in the
 * OECD's innovation lifecycle, its benefits as IATI results, the pilot it adopts and the
 * published ideas that adopt it. The properties added later come last, so that the CSV's
 * earlier columns keep their places.
 */
record OpenIdea(String reference, String title, String problem, String proposal, @Nullable String beneficiaries,
		String organisation, @Nullable String department, String entryRoute, List<String> themes, String stage,
		boolean ended, Instant submittedAt, Instant stageEnteredAt, @Nullable Instant endedAt,
		@Nullable String submitter, List<ExperimentRecord> experiments, List<DecisionRecord> decisions,
		@Nullable InnovationLifecycle lifecycleStage, @Nullable String outcome, @Nullable BigDecimal estimatedCost,
		String currency, @Nullable OpenOrigin origin, List<OpenAdopter> adopters, List<Result> results) {
}
