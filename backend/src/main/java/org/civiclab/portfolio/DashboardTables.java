package org.civiclab.portfolio;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.civiclab.lists.FieldSpec;

/**
 * The dashboard as the tables it shows beside its charts, for the CSV and XLSX exports:
 * the same numbers, one table per chart.
 */
final class DashboardTables {

	private DashboardTables() {
	}

	/** A titled table whose cells are text or numbers. */
	record Table(String title, List<String> header, List<List<Object>> rows) {
	}

	static List<Table> of(Dashboard dashboard) {
		List<Table> tables = new ArrayList<>();
		tables.add(filter(dashboard.filter()));
		List<String> funnelHeader = new ArrayList<>(List.of("month"));
		dashboard.stages().forEach((stage) -> funnelHeader.add(stage.stage()));
		tables.add(new Table("Ideas per stage at the end of each month", funnelHeader,
				dashboard.funnel().stream().map((month) -> {
					List<Object> row = new ArrayList<>(List.of(month.month()));
					dashboard.stages().forEach((stage) -> row.add(month.counts().getOrDefault(stage.stage(), 0L)));
					return row;
				}).toList()));
		tables.add(new Table("Conversion at each gate",
				List.of("gate", "ideas decided", "ideas passed", "rate", "GO", "KILL", "HOLD", "RECYCLE"),
				dashboard.conversion()
					.stream()
					.map((gate) -> row(gate.gate(), gate.decided(), gate.passed(), gate.rate(),
							gate.outcomes().get("GO"), gate.outcomes().get("KILL"), gate.outcomes().get("HOLD"),
							gate.outcomes().get("RECYCLE")))
					.toList()));
		tables.add(new Table("Time in stage (days)", List.of("stage", "stays", "median", "90th percentile"),
				dashboard.timeInStage()
					.stream()
					.map((time) -> row(time.stage(), time.stays(), time.medianDays(), time.p90Days()))
					.toList()));
		Dashboard.ReviewTime reviews = dashboard.reviewTime();
		tables.add(new Table("Time reviews take (days)",
				List.of("reviews submitted", "median", "90th percentile", "reviews waiting"),
				List.of(row(reviews.reviews(), reviews.medianDays(), reviews.p90Days(), reviews.waiting()))));
		Dashboard.Stopped stopped = dashboard.stopped();
		List<List<Object>> stoppedRows = new ArrayList<>();
		stoppedRows.add(row("ideas", stopped.ideas()));
		stoppedRows.add(row("stopped", stopped.stopped()));
		stoppedRows.add(row("declined", stopped.declined()));
		stoppedRows.add(row("share stopped", stopped.share()));
		stopped.byGate().forEach((gate, count) -> stoppedRows.add(row("stopped at " + gate, count)));
		tables.add(new Table("Stopped", List.of("figure", "value"), stoppedRows));
		tables.add(new Table("Reasons for stopping", List.of("reference", "title", "gate", "rationale"),
				stopped.reasons()
					.stream()
					.map((reason) -> row(reason.reference(), reason.title(), reason.gate(), reason.rationale()))
					.toList()));
		Dashboard.Cost cost = dashboard.cost();
		List<List<Object>> costRows = new ArrayList<>();
		costRows.add(row("estimated", cost.estimated(), null));
		costRows.add(row("tests", cost.testBudget(), cost.testSpent()));
		costRows.add(row("scaling", cost.scaleBudget(), null));
		cost.byStage()
			.forEach((stage) -> costRows
				.add(row("tests of ideas in " + stage.stage(), stage.budgeted(), stage.spent())));
		tables.add(new Table("Cost", List.of("what", "budgeted", "spent"), costRows));
		tables.add(
				new Table("Benefit", List.of("reference", "metric", "unit", "baseline", "target", "latest", "progress"),
						dashboard.benefit()
							.items()
							.stream()
							.map((item) -> row(item.reference(), item.metric(), item.unit(), item.baseline(),
									item.target(), item.latest(), item.progress()))
							.toList()));
		tables.add(adoptions(dashboard.adoptions()));
		return tables;
	}

	/** The ideas shown, with a column per custom field (by its label). */
	static Table ideas(List<DashboardQuery.CohortIdea> ideas, List<FieldSpec> fields,
			Map<Long, Map<Long, String>> values) {
		List<String> header = new ArrayList<>(List.of("reference", "title", "stage"));
		fields.forEach((field) -> header.add(field.label()));
		return new Table("Ideas", header, ideas.stream().map((idea) -> {
			List<Object> row = new ArrayList<>(List.of(idea.reference(), idea.title(), idea.stage()));
			Map<Long, String> own = values.getOrDefault(idea.id(), Map.of());
			fields.forEach((field) -> row.add(own.get(field.id())));
			return row;
		}).toList());
	}

	private static Table adoptions(Dashboard.Adoptions adoptions) {
		return new Table("Adoptions", List.of("figure", "value"),
				List.of(row("adopted from another pilot", adoptions.adopted()),
						row("of those, from another installation", adoptions.fromOtherInstallations()),
						row("adopted and scaled", adoptions.scaled()),
						row("adopted and stopped (ended without scaling)", adoptions.stopped()),
						row("adopted and still running", adoptions.running()),
						row("estimated cost of the adopted pilots, reused instead of started anew",
								adoptions.reusedCost()),
						row("own pilots adopted by others", adoptions.pilotsAdopted()),
						row("times own pilots were adopted", adoptions.timesAdopted())));
	}

	private static Table filter(DashboardFilter filter) {
		return new Table("Filter", List.of("filter", "value"),
				List.of(row("organisation", filter.organisation()), row("department", filter.department()),
						row("theme", filter.theme()), row("from", Objects.toString(filter.from())),
						row("to", Objects.toString(filter.to()))));
	}

	private static List<Object> row(Object... cells) {
		return java.util.Arrays.asList(cells);
	}

}
