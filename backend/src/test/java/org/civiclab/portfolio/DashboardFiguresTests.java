package org.civiclab.portfolio;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.civiclab.portfolio.Dashboard.Benefit;
import org.civiclab.portfolio.Dashboard.Cost;
import org.civiclab.portfolio.Dashboard.FunnelMonth;
import org.civiclab.portfolio.Dashboard.GateConversion;
import org.civiclab.portfolio.Dashboard.StageCost;
import org.civiclab.portfolio.Dashboard.StageTime;
import org.civiclab.portfolio.Dashboard.StopReason;
import org.civiclab.portfolio.Dashboard.Stopped;
import org.civiclab.portfolio.Dashboard.TargetProgress;
import org.civiclab.portfolio.DashboardQuery.CohortIdea;
import org.civiclab.portfolio.DashboardQuery.DecisionRow;
import org.civiclab.portfolio.DashboardQuery.ExperimentCost;
import org.civiclab.portfolio.DashboardQuery.Records;
import org.civiclab.portfolio.DashboardQuery.ReviewRow;
import org.civiclab.portfolio.DashboardQuery.StageEvent;
import org.civiclab.portfolio.DashboardQuery.TargetRow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

/**
 * The dashboard's figures computed from a few records, by hand: the funnel, the
 * conversion at each gate, the time in each stage, the stops, the costs and the benefits.
 */
class DashboardFiguresTests {

	private static final List<String> STAGES = List.of("screening", "plan", "test", "stopped");

	@Test
	void theFunnelCountsWhereEachIdeaWasAtTheEndOfEachMonthOrNow() {
		Records records = records().event(1, "screening", "2026-01-10")
			.event(1, "plan", "2026-02-01")
			.event(1, "test", "2026-03-20")
			.event(2, "screening", "2026-02-28")
			.event(2, "stopped", "2026-03-01")
			.build();
		DashboardFilter period = new DashboardFilter(null, null, null, LocalDate.parse("2026-01-01"),
				LocalDate.parse("2026-04-30"));

		List<FunnelMonth> funnel = DashboardFigures.funnel(records, period, STAGES, at("2026-03-15"));

		assertThat(funnel).extracting(FunnelMonth::month).containsExactly("2026-01", "2026-02", "2026-03", "2026-04");
		assertThat(funnel.get(0).counts()).containsExactly(entry("screening", 1L), entry("plan", 0L), entry("test", 0L),
				entry("stopped", 0L));
		assertThat(funnel.get(1).counts()).contains(entry("screening", 1L), entry("plan", 1L));
		assertThat(funnel.get(2).counts()).as("March counted at now, before idea 1 entered its test")
			.contains(entry("plan", 1L), entry("test", 0L), entry("stopped", 1L));
		assertThat(funnel.get(3).counts()).as("April, after now: as now").isEqualTo(funnel.get(2).counts());
	}

	@Test
	void theConversionOfAGateCountsIdeasDecidedAndPassedAndEachOutcomesDecisions() {
		Records records = records().decision(1, "SCREENING", "RECYCLE", null)
			.decision(1, "SCREENING", "GO", null)
			.decision(2, "SCREENING", "KILL", "No case")
			.decision(3, "SCREENING", "GO", null)
			.decision(1, "PLAN", "GO", null)
			.build();

		List<GateConversion> conversion = DashboardFigures.conversion(records);

		assertThat(conversion).extracting(GateConversion::gate)
			.containsExactly("SCREENING", "PLAN", "TEST", "SCALE", "ADOPTION", "REVISION");
		GateConversion screening = conversion.get(0);
		assertThat(screening.decided()).isEqualTo(3);
		assertThat(screening.passed()).isEqualTo(2);
		assertThat(screening.rate()).isEqualTo(0.667);
		assertThat(screening.outcomes()).containsExactly(entry("GO", 2L), entry("KILL", 1L), entry("HOLD", 0L),
				entry("RECYCLE", 1L));
		assertThat(conversion.get(1).rate()).isEqualTo(1.0);
		assertThat(conversion.get(2).decided()).isZero();
		assertThat(conversion.get(2).rate()).as("no decisions: no rate").isNull();
	}

	@Test
	void theTimeInAStageCountsOnlyCompletedStaysWithTheirMedianAndNinetiethPercentile() {
		// Screening stays of 2, 4, 6 and 10 days: median 5, 90th percentile 8.8.
		Records records = records().event(1, "screening", "2026-01-01")
			.event(1, "plan", "2026-01-03")
			.event(2, "screening", "2026-01-01")
			.event(2, "plan", "2026-01-05")
			.event(3, "screening", "2026-01-01")
			.event(3, "plan", "2026-01-07")
			.event(4, "screening", "2026-01-01")
			.event(4, "shelf", "2026-01-11")
			.event(4, "screening", "2026-01-12T21:00:00Z")
			.build();

		List<StageTime> times = DashboardFigures.timeInStage(records, STAGES);

		assertThat(times).containsExactly(new StageTime("screening", 4, 5.0, 8.8), new StageTime("shelf", 1, 1.5, 1.5));
	}

	@Test
	void theTimeReviewsTakeRunsFromThePanelsAssignmentToEachReviewSubmitted() {
		// Reviews in after 1, 2 and 6 days: median 2, 90th percentile 5.2; one waits on
		// an
		// open panel; one never came in before its panel was decided, and counts for
		// neither.
		Records records = records().review(1, "2026-01-01", "2026-01-02", false)
			.review(1, "2026-01-01", "2026-01-03", false)
			.review(1, "2026-01-01", null, false)
			.review(2, "2026-01-10", "2026-01-16", true)
			.review(2, "2026-01-10", null, true)
			.build();

		assertThat(DashboardFigures.reviewTime(records)).isEqualTo(new Dashboard.ReviewTime(3, 2.0, 5.2, 1));
	}

	@Test
	void withoutReviewsTheTimeTheyTakeIsNone() {
		assertThat(DashboardFigures.reviewTime(records().build())).isEqualTo(new Dashboard.ReviewTime(0, 0, 0, 0));
	}

	@Test
	void theStopsAreTheStoppedIdeasWithTheGateAndRationaleOfTheirLastKill() {
		Records records = records().idea(1, "stopped")
			.idea(2, "stopped")
			.idea(3, "declined")
			.idea(4, "test")
			.decision(1, "SCREENING", "KILL", "An earlier kill, overruled")
			.decision(1, "TEST", "KILL", "Nobody used it")
			.decision(3, "SCREENING", "KILL", "No case")
			.build();

		Stopped stopped = DashboardFigures.stopped(records);

		assertThat(stopped.ideas()).isEqualTo(4);
		assertThat(stopped.stopped()).isEqualTo(2);
		assertThat(stopped.declined()).isEqualTo(1);
		assertThat(stopped.share()).isEqualTo(0.5);
		assertThat(stopped.byGate()).containsExactly(entry("TEST", 1L), entry("NONE", 1L));
		assertThat(stopped.reasons()).containsExactly(new StopReason("IDEA-1", "Idea 1", "TEST", "Nobody used it"),
				new StopReason("IDEA-2", "Idea 2", "NONE", null));
		assertThat(DashboardFigures.stopped(records().build()).share()).as("no ideas: no share").isNull();
	}

	@Test
	void theCostsAddUpWhatIsKnownAndSplitTheTestsByTheIdeasStage() {
		Records records = records().idea(1, "test", "10000", null)
			.idea(2, "scaled", "200000", "500000")
			.idea(3, "plan", null, null)
			.experiment(1, "5000", null)
			.experiment(1, "2000", "2500")
			.experiment(2, "20000", "15000")
			.build();

		Cost cost = DashboardFigures.cost(records, STAGES);

		assertThat(cost.estimated()).isEqualByComparingTo("210000");
		assertThat(cost.testBudget()).isEqualByComparingTo("27000");
		assertThat(cost.testSpent()).isEqualByComparingTo("17500");
		assertThat(cost.scaleBudget()).isEqualByComparingTo("500000");
		assertThat(cost.byStage()).as("stages without tests left out, the board's order first")
			.usingRecursiveFieldByFieldElementComparatorOnFields("stage")
			.containsExactly(new StageCost("test", null, null), new StageCost("scaled", null, null));
		assertThat(cost.byStage().get(0).budgeted()).isEqualByComparingTo("7000");
		assertThat(cost.byStage().get(0).spent()).isEqualByComparingTo("2500");
		assertThat(cost.byStage().get(1).spent()).isEqualByComparingTo("15000");
	}

	@Test
	void theBenefitIsEachTargetsProgressFromItsBaselineByItsLatestMeasurement() {
		Records records = records().idea(1, "scaling")
			.idea(2, "test")
			.target(1, "100", "50", "60")
			.target(1, "0", "10", "12")
			.target(2, "10", "40", null)
			.target(2, "5", "5", "7")
			.build();

		Benefit benefit = DashboardFigures.benefit(records);

		assertThat(benefit.items()).extracting(TargetProgress::reference)
			.containsExactly("IDEA-1", "IDEA-1", "IDEA-2", "IDEA-2");
		assertThat(benefit.items()).extracting(TargetProgress::progress).containsExactly(0.8, 1.2, null, null);
		assertThat(benefit.targets()).isEqualTo(4);
		assertThat(benefit.measured()).as("a target equal to its baseline has no progress").isEqualTo(2);
		assertThat(benefit.met()).isEqualTo(1);
		assertThat(benefit.meanProgress()).isEqualTo(1.0);
		assertThat(DashboardFigures.benefit(records().build()).meanProgress()).isNull();
	}

	@Test
	void aTargetIsMetByTheOneRuleOfTheCatalogueNotByItsRoundedProgress() {
		Records records = records().idea(1, "scaling")
			.target(1, "100", "50", "50")
			.target(1, "100", "50", "51")
			.target(1, "0", "10000", "9999.6")
			.build();

		Benefit benefit = DashboardFigures.benefit(records);

		assertThat(benefit.items()).extracting(TargetProgress::progress).containsExactly(1.0, 0.98, 1.0);
		assertThat(benefit.met()).as("down to 50 met at 50; 9999.6 of 10000 shows 1.0 but is not met").isEqualTo(1);
	}

	@Test
	void progressIsRoundedToThreeDecimalsAndMayGoBackwards() {
		assertThat(DashboardFigures.progress(new BigDecimal("0"), new BigDecimal("3"), new BigDecimal("1")))
			.isEqualTo(0.333);
		assertThat(DashboardFigures.progress(new BigDecimal("10"), new BigDecimal("20"), new BigDecimal("5")))
			.isEqualTo(-0.5);
		assertThat(DashboardFigures.progress(new BigDecimal("10"), new BigDecimal("20"), null)).isNull();
	}

	@Test
	void aTargetWhoseBaselineIsToBeMeasuredHasNoProgressYet() {
		assertThat(DashboardFigures.progress(null, new BigDecimal("40"), new BigDecimal("30"))).isNull();
		Benefit benefit = DashboardFigures.benefit(records().idea(1, "plan").target(1, null, "40", "30").build());
		assertThat(benefit.items()).extracting(TargetProgress::baseline).containsOnlyNulls();
		assertThat(benefit.measured()).isZero();
		assertThat(benefit.meanProgress()).isNull();
	}

	@Test
	void percentilesInterpolateBetweenTheClosestRanks() {
		List<Double> sorted = List.of(2.0, 4.0, 6.0, 10.0);

		assertThat(Percentiles.of(sorted, 0.5)).isEqualTo(5.0);
		assertThat(Percentiles.rounded(Percentiles.of(sorted, 0.9), 1)).isEqualTo(8.8);
		assertThat(Percentiles.of(sorted, 0)).isEqualTo(2.0);
		assertThat(Percentiles.of(sorted, 1)).isEqualTo(10.0);
		assertThat(Percentiles.of(List.of(7.0), 0.9)).isEqualTo(7.0);
		assertThat(Percentiles.of(List.of(), 0.5)).isZero();
	}

	@Test
	void withoutAPeriodTheDashboardShowsTheLastTwelveMonths() {
		LocalDate today = LocalDate.parse("2026-06-17");

		DashboardFilter shown = new DashboardFilter(3L, "Parks", null, null, null).withDefaults(today);
		DashboardFilter until = new DashboardFilter(null, null, null, null, LocalDate.parse("2026-03-31"))
			.withDefaults(today);

		assertThat(shown).isEqualTo(new DashboardFilter(3L, "Parks", null, LocalDate.parse("2025-07-01"), today));
		assertThat(until.from()).isEqualTo(LocalDate.parse("2025-04-01"));
	}

	private static Instant at(String dateOrInstant) {
		return dateOrInstant.contains("T") ? Instant.parse(dateOrInstant) : Instant.parse(dateOrInstant + "T09:00:00Z");
	}

	private static RecordsBuilder records() {
		return new RecordsBuilder();
	}

	/** The dashboard's records of a few ideas, IDEA-1 "Idea 1" and so on. */
	private static final class RecordsBuilder {

		private final List<CohortIdea> ideas = new java.util.ArrayList<>();

		private final List<StageEvent> events = new java.util.ArrayList<>();

		private final List<DecisionRow> decisions = new java.util.ArrayList<>();

		private final List<ExperimentCost> experiments = new java.util.ArrayList<>();

		private final List<TargetRow> targets = new java.util.ArrayList<>();

		private final List<ReviewRow> reviews = new java.util.ArrayList<>();

		RecordsBuilder idea(long id, String stage) {
			return idea(id, stage, null, null);
		}

		RecordsBuilder idea(long id, String stage, String estimate, String budget) {
			this.ideas.add(new CohortIdea(id, "IDEA-" + id, "Idea " + id, stage, decimal(estimate), decimal(budget),
					false, null, 0));
			return this;
		}

		RecordsBuilder event(long idea, String stage, String at) {
			this.events.add(new StageEvent(idea, stage, at(at)));
			return this;
		}

		RecordsBuilder decision(long idea, String gate, String outcome, String rationale) {
			this.decisions.add(new DecisionRow(idea, gate, outcome, rationale));
			return this;
		}

		RecordsBuilder experiment(long idea, String cap, String spent) {
			this.experiments.add(new ExperimentCost(idea, decimal(cap), decimal(spent)));
			return this;
		}

		RecordsBuilder target(long idea, String baseline, String target, String latest) {
			this.targets.add(new TargetRow(idea, "Metric " + (this.targets.size() + 1), "count", decimal(baseline),
					decimal(target), decimal(latest)));
			return this;
		}

		RecordsBuilder review(long idea, String assignedAt, String submittedAt, boolean open) {
			this.reviews.add(new ReviewRow(idea, at(assignedAt), (submittedAt != null) ? at(submittedAt) : null, open));
			return this;
		}

		Records build() {
			return new Records(this.ideas, this.events, this.decisions, this.experiments, this.targets, this.reviews);
		}

		private static BigDecimal decimal(String value) {
			return (value != null) ? new BigDecimal(value) : null;
		}

	}

}
