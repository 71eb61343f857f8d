package org.civiclab.experiment;

import java.math.BigDecimal;
import java.time.Instant;

import io.swagger.v3.oas.annotations.media.Schema;

import org.springframework.lang.Nullable;

/**
 * An experiment as its reader may see it. In the shared view (another organisation's
 * reader) only what the public sees: the test card, the result and the learning card; the
 * time box, budget, costs, test group, partners and version are null.
 */
@Schema(name = "Experiment")
public record ExperimentView(Long id, Long ideaId, String title, String hypothesis, String testDescription,
		String metric, String criterion, @Nullable Integer timeBoxDays, @Nullable BigDecimal budgetCap,
		@Nullable String testGroup, @Nullable String partners, Experiment.Status status, @Nullable String result,
		@Nullable ExperimentOutcome outcome, @Nullable LearningCard learningCard, @Nullable BigDecimal costSpent,
		@Nullable Instant createdAt, @Nullable Long version) {

	static ExperimentView full(Experiment e) {
		return new ExperimentView(e.getId(), e.getIdeaId(), e.getTitle(), e.getHypothesis(), e.getTestDescription(),
				e.getMetric(), e.getCriterion(), e.getTimeBoxDays(), e.getBudgetCap(), e.getTestGroup(),
				e.getPartners(), e.getStatus(), e.getResult(), e.getOutcome(), e.getLearningCard(), e.getCostSpent(),
				e.getCreatedAt(), e.getVersion());
	}

	static ExperimentView shared(Experiment e) {
		return new ExperimentView(e.getId(), e.getIdeaId(), e.getTitle(), e.getHypothesis(), e.getTestDescription(),
				e.getMetric(), e.getCriterion(), null, null, null, null, e.getStatus(), e.getResult(), e.getOutcome(),
				e.getLearningCard(), null, null, null);
	}

}
