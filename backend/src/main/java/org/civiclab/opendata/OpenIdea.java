package org.civiclab.opendata;

import java.time.Instant;
import java.util.List;

import org.civiclab.portfolio.IdeaRecords.DecisionRecord;
import org.civiclab.portfolio.IdeaRecords.ExperimentRecord;

import org.springframework.lang.Nullable;

/**
 * A public idea as the open data publishes it ({@code ideas.schema.json}): what it is and
 * what its tests taught, and a name only of a submitter who consented.
 */
record OpenIdea(String reference, String title, String problem, String proposal, @Nullable String beneficiaries,
		String organisation, @Nullable String department, String entryRoute, List<String> themes, String stage,
		boolean ended, Instant submittedAt, Instant stageEnteredAt, @Nullable Instant endedAt,
		@Nullable String submitter, List<ExperimentRecord> experiments, List<DecisionRecord> decisions) {
}
