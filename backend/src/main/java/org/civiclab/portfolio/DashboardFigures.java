package org.civiclab.portfolio;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.civiclab.idea.Gate;
import org.civiclab.idea.Outcome;
import org.civiclab.impact.ImpactTarget;
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
import org.civiclab.portfolio.DashboardQuery.Records;
import org.civiclab.portfolio.DashboardQuery.StageEvent;

/**
 * Computes the dashboard's figures from the records of the ideas shown (docs/adr/0020).
 */
final class DashboardFigures {

	private static final double DAY_SECONDS = 86_400;

	private DashboardFigures() {
	}

	/** Ideas per stage at the end of each month of the period, or at {@code now}. */
	static List<FunnelMonth> funnel(Records records, DashboardFilter filter, List<String> stages, Instant now) {
		Map<Long, List<StageEvent>> history = byIdea(records.events());
		List<FunnelMonth> months = new ArrayList<>();
		for (YearMonth month = YearMonth.from(filter.from()); !month.isAfter(YearMonth.from(filter.to())); month = month
			.plusMonths(1)) {
			Instant end = month.plusMonths(1).atDay(1).atStartOfDay().toInstant(ZoneOffset.UTC);
			Instant at = end.isAfter(now) ? now : end;
			Map<String, Long> counts = new LinkedHashMap<>();
			stages.forEach((stage) -> counts.put(stage, 0L));
			for (List<StageEvent> events : history.values()) {
				String stage = null;
				for (StageEvent event : events) {
					if (event.at().isBefore(at)) {
						stage = event.stage();
					}
				}
				if (stage != null) {
					counts.merge(stage, 1L, Long::sum);
				}
			}
			months.add(new FunnelMonth(month.toString(), counts));
		}
		return months;
	}

	static List<GateConversion> conversion(Records records) {
		List<GateConversion> gates = new ArrayList<>();
		for (Gate gate : Gate.values()) {
			List<DecisionRow> decided = records.decisions()
				.stream()
				.filter((d) -> gate.name().equals(d.gate()))
				.toList();
			long ideas = decided.stream().map(DecisionRow::ideaId).distinct().count();
			long passed = decided.stream()
				.filter((d) -> Outcome.GO.name().equals(d.outcome()))
				.map(DecisionRow::ideaId)
				.distinct()
				.count();
			Map<String, Long> outcomes = new LinkedHashMap<>();
			for (Outcome outcome : Outcome.values()) {
				outcomes.put(outcome.name(),
						decided.stream().filter((d) -> outcome.name().equals(d.outcome())).count());
			}
			gates.add(new GateConversion(gate.name(), ideas, passed, ratio(passed, ideas), outcomes));
		}
		return gates;
	}

	/** From a panel's assignment to each review submitted on it (docs/adr/0039). */
	static Dashboard.ReviewTime reviewTime(Records records) {
		List<Double> sorted = records.reviews()
			.stream()
			.filter((review) -> review.submittedAt() != null)
			.map((review) -> Duration.between(review.assignedAt(), review.submittedAt()).toSeconds() / DAY_SECONDS)
			.sorted()
			.toList();
		long waiting = records.reviews()
			.stream()
			.filter((review) -> review.submittedAt() == null && review.open())
			.count();
		return new Dashboard.ReviewTime(sorted.size(), Percentiles.rounded(Percentiles.of(sorted, 0.5), 1),
				Percentiles.rounded(Percentiles.of(sorted, 0.9), 1), waiting);
	}

	/** Completed stays only: a stay ends when the idea enters its next stage. */
	static List<StageTime> timeInStage(Records records, List<String> stages) {
		Map<String, List<Double>> stays = new LinkedHashMap<>();
		stages.forEach((stage) -> stays.put(stage, new ArrayList<>()));
		for (List<StageEvent> events : byIdea(records.events()).values()) {
			for (int i = 0; i + 1 < events.size(); i++) {
				double days = Duration.between(events.get(i).at(), events.get(i + 1).at()).toSeconds() / DAY_SECONDS;
				stays.computeIfAbsent(events.get(i).stage(), (stage) -> new ArrayList<>()).add(days);
			}
		}
		List<StageTime> times = new ArrayList<>();
		stays.forEach((stage, days) -> {
			if (!days.isEmpty()) {
				List<Double> sorted = days.stream().sorted().toList();
				times.add(new StageTime(stage, sorted.size(), Percentiles.rounded(Percentiles.of(sorted, 0.5), 1),
						Percentiles.rounded(Percentiles.of(sorted, 0.9), 1)));
			}
		});
		return times;
	}

	static Stopped stopped(Records records) {
		List<CohortIdea> stopped = records.ideas().stream().filter((i) -> "stopped".equals(i.stage())).toList();
		long declined = records.ideas().stream().filter((i) -> "declined".equals(i.stage())).count();
		Map<Long, DecisionRow> lastKill = new LinkedHashMap<>();
		records.decisions()
			.stream()
			.filter((d) -> Outcome.KILL.name().equals(d.outcome()))
			.forEach((d) -> lastKill.put(d.ideaId(), d));
		Map<String, Long> byGate = new LinkedHashMap<>();
		List<StopReason> reasons = new ArrayList<>();
		for (CohortIdea idea : stopped) {
			DecisionRow kill = lastKill.get(idea.id());
			String gate = (kill != null) ? kill.gate() : "NONE";
			byGate.merge(gate, 1L, Long::sum);
			reasons.add(new StopReason(idea.reference(), idea.title(), gate, (kill != null) ? kill.rationale() : null));
		}
		return new Stopped(records.ideas().size(), stopped.size(), declined,
				ratio(stopped.size(), records.ideas().size()), byGate, reasons);
	}

	static Cost cost(Records records, List<String> stages) {
		Map<Long, String> stageOf = records.ideas()
			.stream()
			.collect(Collectors.toMap(CohortIdea::id, CohortIdea::stage));
		Map<String, BigDecimal[]> byStage = new LinkedHashMap<>();
		stages.forEach((stage) -> byStage.put(stage, new BigDecimal[] { BigDecimal.ZERO, BigDecimal.ZERO }));
		records.experiments().forEach((e) -> {
			BigDecimal[] sums = byStage.computeIfAbsent(stageOf.get(e.ideaId()),
					(stage) -> new BigDecimal[] { BigDecimal.ZERO, BigDecimal.ZERO });
			sums[0] = sums[0].add(orZero(e.budgetCap()));
			sums[1] = sums[1].add(orZero(e.costSpent()));
		});
		List<StageCost> perStage = byStage.entrySet()
			.stream()
			.filter((entry) -> entry.getValue()[0].signum() != 0 || entry.getValue()[1].signum() != 0)
			.map((entry) -> new StageCost(entry.getKey(), entry.getValue()[0], entry.getValue()[1]))
			.toList();
		return new Cost(sum(records.ideas(), CohortIdea::estimatedCost),
				sum(records.experiments(), DashboardQuery.ExperimentCost::budgetCap),
				sum(records.experiments(), DashboardQuery.ExperimentCost::costSpent),
				sum(records.ideas(), CohortIdea::budget), perStage);
	}

	static Benefit benefit(Records records) {
		Map<Long, String> references = records.ideas()
			.stream()
			.collect(Collectors.toMap(CohortIdea::id, CohortIdea::reference));
		List<TargetProgress> items = records.targets()
			.stream()
			.map((t) -> new TargetProgress(references.get(t.ideaId()), t.metric(), t.unit(), t.baseline(), t.target(),
					t.latest(), progress(t.baseline(), t.target(), t.latest())))
			.toList();
		List<Double> measured = items.stream().map(TargetProgress::progress).filter(Objects::nonNull).toList();
		long met = items.stream()
			.filter((t) -> t.progress() != null && ImpactTarget.reached(t.baseline(), t.target(), t.latest()))
			.count();
		Double mean = measured.isEmpty() ? null
				: Percentiles.rounded(measured.stream().mapToDouble(Double::doubleValue).average().orElse(0), 3);
		return new Benefit(items.size(), measured.size(), met, mean, items);
	}

	/**
	 * 0 at the baseline, 1 at the target; null before the first measurement, and while
	 * the baseline is to be measured (an adopted pilot's target).
	 */
	static Double progress(BigDecimal baseline, BigDecimal target, BigDecimal latest) {
		if (latest == null || baseline == null || target.compareTo(baseline) == 0) {
			return null;
		}
		return Percentiles.rounded(
				latest.subtract(baseline).divide(target.subtract(baseline), 6, RoundingMode.HALF_UP).doubleValue(), 3);
	}

	private static Double ratio(long part, long whole) {
		return (whole == 0) ? null : Percentiles.rounded((double) part / whole, 3);
	}

	private static Map<Long, List<StageEvent>> byIdea(List<StageEvent> events) {
		return events.stream()
			.collect(Collectors.groupingBy(StageEvent::ideaId, LinkedHashMap::new, Collectors.toList()));
	}

	private static <T> BigDecimal sum(List<T> rows, Function<T, BigDecimal> value) {
		return rows.stream().map(value).map(DashboardFigures::orZero).reduce(BigDecimal.ZERO, BigDecimal::add);
	}

	private static BigDecimal orZero(BigDecimal value) {
		return (value != null) ? value : BigDecimal.ZERO;
	}

}
