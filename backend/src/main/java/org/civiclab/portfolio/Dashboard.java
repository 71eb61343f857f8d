package org.civiclab.portfolio;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.springframework.lang.Nullable;

/**
 * The portfolio dashboard's figures for one filter (docs/adr/0020).
 *
 * @param filter what was shown, the default period filled in
 * @param stages the board's columns in order, for the funnel's series
 * @param funnel ideas per stage at the end of each month of the period
 * @param conversion what each gate decided
 * @param timeInStage how long completed stays in each stage took
 * @param stopped the share stopped and why
 * @param cost budgeted against spent
 * @param currency the currency of the reader's organisation, the costs' (ISO 4217)
 * @param benefit impact targets against their latest measurements
 * @param adoptions pilots adopted from others and adopted by others
 * @param reviewTime how long panels' reviews take (docs/adr/0039)
 */
record Dashboard(DashboardFilter filter, List<Stage> stages, List<FunnelMonth> funnel, List<GateConversion> conversion,
		List<StageTime> timeInStage, Stopped stopped, Cost cost, String currency, Benefit benefit, Adoptions adoptions,
		ReviewTime reviewTime) {

	/**
	 * The time from a panel's assignment to each review submitted on it, in days.
	 *
	 * @param reviews reviews submitted
	 * @param medianDays their median time, 0 without reviews
	 * @param p90Days their 90th percentile
	 * @param waiting reviews on panels still open that are not in
	 */
	record ReviewTime(long reviews, double medianDays, double p90Days, long waiting) {
	}

	record Stage(String stage, String label) {
	}

	/** Ideas per stage at the end of a month (or now, for the current month). */
	record FunnelMonth(String month, Map<String, Long> counts) {
	}

	/**
	 * @param decided ideas with a decision at this gate
	 * @param passed ideas with a Go at this gate
	 * @param rate passed ÷ decided, or null without decisions
	 * @param outcomes decisions per outcome
	 */
	record GateConversion(String gate, long decided, long passed, @Nullable Double rate, Map<String, Long> outcomes) {
	}

	/** Completed stays in a stage, in days: their number, median and 90th percentile. */
	record StageTime(String stage, long stays, double medianDays, double p90Days) {
	}

	/**
	 * @param ideas the ideas shown
	 * @param stopped of those, stopped
	 * @param declined of those, declined at screening
	 * @param share stopped ÷ ideas, or null without ideas
	 * @param byGate stopped ideas per gate of the decision that stopped them
	 * @param reasons each stopped idea's reason: the stop decision's rationale
	 */
	record Stopped(long ideas, long stopped, long declined, @Nullable Double share, Map<String, Long> byGate,
			List<StopReason> reasons) {
	}

	record StopReason(String reference, String title, String gate, @Nullable String rationale) {
	}

	/**
	 * @param estimated the ideas' estimated costs
	 * @param testBudget the experiments' budget caps
	 * @param testSpent what the experiments cost, where recorded
	 * @param scaleBudget budgets granted by scale decisions
	 * @param byStage test budget and spending by the ideas' current stage
	 */
	record Cost(BigDecimal estimated, BigDecimal testBudget, BigDecimal testSpent, BigDecimal scaleBudget,
			List<StageCost> byStage) {
	}

	record StageCost(String stage, BigDecimal budgeted, BigDecimal spent) {
	}

	/**
	 * @param targets impact targets of the ideas shown
	 * @param measured of those, with a measurement
	 * @param met of those, whose latest measurement reached the target
	 * @param meanProgress the mean progress of the measured ones (0 = baseline, 1 =
	 * target)
	 * @param items each target with its latest measurement
	 */
	record Benefit(long targets, long measured, long met, @Nullable Double meanProgress, List<TargetProgress> items) {
	}

	/** A target with its latest measurement; no baseline while it is to be measured. */
	record TargetProgress(String reference, String metric, String unit, @Nullable BigDecimal baseline,
			BigDecimal target, @Nullable BigDecimal latest, @Nullable Double progress) {
	}

	/**
	 * Pilots reused: the ideas shown that were adopted from another pilot (entry route
	 * reuse), where they got to, and how often the ideas shown were adopted by others.
	 *
	 * @param adopted ideas adopted from another pilot
	 * @param fromOtherInstallations of those, adopted from another installation's pilot
	 * @param scaled of the adopted ideas, those scaled
	 * @param stopped of the adopted ideas, those that ended without scaling (stopped,
	 * declined or withdrawn)
	 * @param running of the adopted ideas, those not ended
	 * @param reusedCost the adopted ideas' estimated costs: what the pilots reused
	 * instead of started anew are estimated to cost
	 * @param pilotsAdopted ideas shown that others adopted at least once
	 * @param timesAdopted ideas started from the ideas shown, counted only
	 */
	record Adoptions(long adopted, long fromOtherInstallations, long scaled, long stopped, long running,
			BigDecimal reusedCost, long pilotsAdopted, long timesAdopted) {
	}

}
