package org.civiclab.catalogue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

import org.civiclab.portfolio.IdeaRecords.DecisionRecord;
import org.civiclab.portfolio.IdeaRecords.ExperimentRecord;

import org.springframework.lang.Nullable;

/**
 * A catalogue entry with its evidence: what the pilot set out to do, its test cards with
 * their results and learning cards, its impact targets against what was measured, its
 * gate decisions' outcomes, the scale decision's checklist and the receiving unit. Never
 * the internal deliberation: no comments, rubric scores, rationale, budgets, or who
 * decided.
 *
 * @param checklist the items of the scale checklist that the scale decision ticked, none
 * before one
 * @param receivingUnit the unit that took the pilot into its operations, once decided
 * @param origin the pilot this one was adopted from, if the reader finds it in the
 * catalogue
 */
record PilotEvidence(CatalogueEntry entry, String problem, String proposal, @Nullable String beneficiaries,
		List<ExperimentRecord> experiments, List<TargetEvidence> targets, List<DecisionRecord> decisions,
		List<String> checklist, @Nullable String receivingUnit, @Nullable OriginLink origin) {

	/**
	 * An impact target with the values measured against it, oldest first; its baseline
	 * null while it is to be measured (an adopted pilot's, until the adopter measures
	 * it).
	 */
	@Schema(name = "TargetEvidence")
	record TargetEvidence(String metric, String unit, @Nullable BigDecimal baseline, BigDecimal target,
			List<Measured> measurements, boolean reached) {
	}

	/** A value measured on a date. */
	@Schema(name = "MeasuredValue")
	record Measured(LocalDate measuredOn, BigDecimal value) {
	}

	/** The pilot an idea was adopted from. */
	@Schema(name = "OriginLink")
	record OriginLink(String reference, String title, String organisation) {
	}

}
