package org.civiclab.decision;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Set;

import io.swagger.v3.oas.annotations.media.Schema;

import org.civiclab.experiment.LearningCard;
import org.civiclab.idea.Gate;
import org.civiclab.idea.Outcome;
import org.civiclab.people.Role;

import org.springframework.lang.Nullable;

/**
 * A gate decision as its reader may see it. In the shared view (another organisation's
 * reader) only what the public sees: the gate, the outcome, when, the learning card and
 * the experiments it rests on; the deliberation (rationale, conditions, scores, the
 * rubric's recommendation, budget, receiving unit, checklist, dates given to the timers,
 * who decided) is null.
 */
@Schema(name = "GateDecision")
public record DecisionView(Long id, Long ideaId, Gate gate, Outcome outcome, @Nullable String rationale,
		@Nullable String conditions, @Nullable Integer strategicFit, @Nullable Integer citizenValue,
		@Nullable Integer feasibility, @Nullable Integer novelty, @Nullable String recommendation,
		@Nullable String recommendationReason, @Nullable BigDecimal budget, @Nullable String receivingUnit,
		@Nullable String checklist, @Nullable LearningCard learningCard, @Nullable Instant timeBoxEndsAt,
		@Nullable Instant wakeUpAt, @Nullable String decidedBy, @Nullable String decidedByName,
		@Nullable Role decidedAs, Instant decidedAt, Set<Long> experimentIds) {

	static DecisionView full(GateDecision d) {
		return new DecisionView(d.getId(), d.getIdeaId(), d.getGate(), d.getOutcome(), d.getRationale(),
				d.getConditions(), d.getStrategicFit(), d.getCitizenValue(), d.getFeasibility(), d.getNovelty(),
				d.getRecommendation(), d.getRecommendationReason(), d.getBudget(), d.getReceivingUnit(),
				d.getChecklist(), d.getLearningCard(), d.getTimeBoxEndsAt(), d.getWakeUpAt(), d.getDecidedBy(),
				d.getDecidedByName(), d.getDecidedAs(), d.getDecidedAt(), d.getExperimentIds());
	}

	static DecisionView shared(GateDecision d) {
		return new DecisionView(d.getId(), d.getIdeaId(), d.getGate(), d.getOutcome(), null, null, null, null, null,
				null, null, null, null, null, null, d.getLearningCard(), null, null, null, null, null, d.getDecidedAt(),
				d.getExperimentIds());
	}

}
