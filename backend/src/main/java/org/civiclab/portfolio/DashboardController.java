package org.civiclab.portfolio;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import jakarta.validation.Valid;

import org.springdoc.core.annotations.ParameterObject;

import org.civiclab.lists.CustomFields;
import org.civiclab.people.CurrentUser;
import org.civiclab.people.CurrentUsers;
import org.civiclab.people.OrganisationRepository;
import org.civiclab.people.Role;
import org.civiclab.pipeline.Pipeline;
import org.civiclab.pipeline.StageColumn;
import org.civiclab.web.Problems;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The portfolio dashboard for executives and lab leads: its figures as JSON, and what it
 * shows as CSV or XLSX. Everyone else is refused.
 */
@RestController
@RequestMapping("/api/portfolio/dashboard")
@Validated
class DashboardController {

	static final MediaType XLSX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	private final DashboardQuery query;

	private final CurrentUsers users;

	private final Pipeline pipeline;

	private final CustomFields fields;

	private final OrganisationRepository organisations;

	DashboardController(DashboardQuery query, CurrentUsers users, Pipeline pipeline, CustomFields fields,
			OrganisationRepository organisations) {
		this.organisations = organisations;
		this.query = query;
		this.users = users;
		this.pipeline = pipeline;
		this.fields = fields;
	}

	/**
	 * Read the portfolio dashboard. Its figures for executives and lab leads: funnel,
	 * conversion, time in stage, cost, benefit and adoptions, filtered as asked. Everyone
	 * else is refused.
	 */
	@GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
	Dashboard dashboard(@ParameterObject @Valid DashboardFilter filter) {
		return shown(filter).dashboard();
	}

	/** The dashboard and the records of its ideas. */
	private record Shown(Dashboard dashboard, DashboardQuery.Records records) {
	}

	private Shown shown(DashboardFilter filter) {
		CurrentUser reader = this.users.current();
		if (!reader.has(Role.EXECUTIVE) && !reader.has(Role.LAB_LEAD)) {
			throw Problems.forbidden("dashboard.forbidden");
		}
		DashboardFilter shown = filter.withDefaults(DashboardFilter.today());
		if (shown.from().isAfter(shown.to())) {
			throw Problems.invalid("from", "dashboard.from-after-to");
		}
		if (ChronoUnit.MONTHS.between(shown.from().withDayOfMonth(1), shown.to()) >= DashboardFilter.MAX_MONTHS) {
			throw Problems.invalid("from", "dashboard.period-too-long", DashboardFilter.MAX_MONTHS);
		}
		DashboardQuery.Records records = this.query.read(shown, reader);
		List<StageColumn> columns = this.pipeline.stages();
		List<String> stages = columns.stream().map(StageColumn::stage).toList();
		return new Shown(new Dashboard(shown,
				columns.stream().map((column) -> new Dashboard.Stage(column.stage(), column.label())).toList(),
				DashboardFigures.funnel(records, shown, stages, Instant.now()), DashboardFigures.conversion(records),
				DashboardFigures.timeInStage(records, stages), DashboardFigures.stopped(records),
				DashboardFigures.cost(records, stages), currency(reader), DashboardFigures.benefit(records),
				AdoptionFigures.of(records.ideas()), DashboardFigures.reviewTime(records)), records);
	}

	/** The currency of the reader's organisation, which its costs are counted in. */
	private String currency(CurrentUser reader) {
		return this.organisations.findById(reader.organisationId()).orElseThrow().getCurrency();
	}

	/**
	 * The dashboard's tables, and its ideas with a column per custom field of the
	 * reader's organisation.
	 */
	private List<DashboardTables.Table> tables(DashboardFilter filter) {
		Shown shown = shown(filter);
		List<DashboardQuery.CohortIdea> ideas = shown.records().ideas();
		List<DashboardTables.Table> tables = new ArrayList<>(DashboardTables.of(shown.dashboard()));
		tables.add(DashboardTables.ideas(ideas, this.fields.spec(this.users.current().organisationId()),
				this.fields.valuesOf(ideas.stream().map(DashboardQuery.CohortIdea::id).toList())));
		return tables;
	}

	/**
	 * Export the portfolio dashboard as CSV. What the dashboard shows, filtered as asked,
	 * as a spreadsheet-ready CSV file.
	 */
	@GetMapping(path = "/export.csv", produces = "text/csv")
	ResponseEntity<String> csv(@ParameterObject @Valid DashboardFilter filter) {
		String csv = DashboardExport.csv(tables(filter));
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"civiclab-dashboard.csv\"")
			.contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
			.body(csv);
	}

	/**
	 * Export the portfolio dashboard as XLSX. What the dashboard shows, filtered as
	 * asked, as an Excel workbook.
	 */
	@GetMapping(path = "/export.xlsx", produces = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
	ResponseEntity<byte[]> xlsx(@ParameterObject @Valid DashboardFilter filter) {
		byte[] workbook = DashboardExport.xlsx(tables(filter));
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"civiclab-dashboard.xlsx\"")
			.contentType(XLSX)
			.body(workbook);
	}

}
