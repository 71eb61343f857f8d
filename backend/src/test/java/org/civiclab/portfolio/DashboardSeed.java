package org.civiclab.portfolio;

import java.math.BigDecimal;
import java.util.List;

import org.civiclab.ApiClient;
import org.civiclab.IdeaRows;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

import static org.civiclab.portfolio.DashboardIT.at;

/**
 * The known ideas of {@link DashboardIT}, written straight into the tables with fixed
 * dates ({@link IdeaRows}), once per database, for an organisation nobody else uses.
 */
class DashboardSeed {

	static final String TESTBY = "Testby municipality (dashboard test)";

	/** Testby's executive, who signs in with the demo password. */
	static final String EXECUTIVE = "testby-executive";

	/** Testby's lab lead, who signs in with the demo password. */
	static final String LAB_LEAD = "testby-lab-lead";

	private static final long FIRST_ID = 9_100_000;

	private final JdbcTemplate jdbc;

	private final IdeaRows rows;

	private long organisation;

	private long person;

	DashboardSeed(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
		this.rows = new IdeaRows(jdbc);
	}

	static String reference(char idea) {
		return "IDEA-TEST-" + (FIRST_ID + idea - 'A');
	}

	void seedOnce() {
		if (this.jdbc.queryForObject("select count(*) from organisation where name = ?", Integer.class, TESTBY) > 0) {
			return;
		}
		this.organisation = this.rows.organisation(TESTBY, at("2025-01-01"));
		this.person = this.rows.person("testby", "Testby Tester", this.organisation, "x", false, false);
		// Testby's ideas are private to Testby (docs/adr/0014): its own executive and lab
		// lead read its dashboard.
		String password = new BCryptPasswordEncoder().encode(ApiClient.PASSWORD);
		this.rows.person(EXECUTIVE, EXECUTIVE, this.organisation, password, true, false, "EXECUTIVE");
		this.rows.person(LAB_LEAD, LAB_LEAD, this.organisation, password, true, false, "LAB_LEAD");

		idea('A', "2026-01-05", "stopped", "Parks", "water", 10_000, null);
		stages('A', "screening 2026-01-05", "plan 2026-01-09", "test 2026-01-19", "stopped 2026-03-20");
		decisions('A', "SCREENING GO 2026-01-09", "PLAN GO 2026-01-19", "TEST KILL 2026-03-20");
		experiment('A', 10_000, 12_000);

		idea('B', "2026-02-01", "scaled", "Parks", "water", 200_000, 500_000);
		stages('B', "screening 2026-02-01", "plan 2026-02-03", "test 2026-02-09", "scale-decision 2026-03-31",
				"scaling 2026-04-10", "scaled 2026-06-01");
		decisions('B', "SCREENING GO 2026-02-03", "PLAN GO 2026-02-09", "TEST GO 2026-03-31", "SCALE GO 2026-04-10",
				"ADOPTION GO 2026-06-01");
		experiment('B', 20_000, 15_000);
		target('B', "Days waiting for an answer", 100, 50, List.of("2026-03-01 90", "2026-05-01 60"));
		target('B', "E-services used", 0, 10, List.of("2026-05-01 12"));

		idea('C', "2026-03-10", "declined", "Parks", "roads", 5_000, null);
		stages('C', "screening 2026-03-10", "declined 2026-03-16");
		decisions('C', "SCREENING KILL 2026-03-16");

		idea('D', "2026-04-02", "test", "Streets", "roads", 30_000, null);
		stages('D', "screening 2026-04-02", "plan 2026-04-12", "test 2026-04-20");
		decisions('D', "SCREENING RECYCLE 2026-04-05", "SCREENING GO 2026-04-12", "PLAN GO 2026-04-20");
		experiment('D', 5_000, null);
		target('D', "Potholes reported by residents", 10, 40, List.of());

		idea('E', "2025-12-20", "screening", "Parks", "water", 99_999, null);
		stages('E', "screening 2025-12-20");
		decisions('E', "SCREENING GO 2025-12-22");
	}

	private void idea(char idea, String submitted, String stage, String department, String theme, long estimate,
			Integer budget) {
		boolean ended = List.of("stopped", "scaled", "declined").contains(stage);
		this.rows.idea(id(idea), reference(idea), "Dashboard idea " + idea)
			.by(this.person, this.organisation)
			.department(department)
			.theme(theme)
			.createdAt(at(submitted))
			.stage(stage, at(submitted))
			.submittedAt(at(submitted))
			.endedAt(ended ? at(submitted) : null)
			.costs(BigDecimal.valueOf(estimate), (budget != null) ? BigDecimal.valueOf(budget) : null)
			.write();
	}

	private void stages(char idea, String... entries) {
		for (String entry : entries) {
			String[] stageAndDate = entry.split(" ");
			this.rows.stageEntered(id(idea), stageAndDate[0], at(stageAndDate[1]));
		}
	}

	private void decisions(char idea, String... decisions) {
		for (String decision : decisions) {
			String[] gateOutcomeDate = decision.split(" ");
			this.rows.decision(id(idea), gateOutcomeDate[0], gateOutcomeDate[1],
					"KILL".equals(gateOutcomeDate[1]) && idea == 'A' ? "Nobody used the kiosks" : "As planned",
					this.person, at(gateOutcomeDate[2]), null);
		}
	}

	private void experiment(char idea, long cap, Integer spent) {
		this.rows.experiment(id(idea), "A test", BigDecimal.valueOf(cap),
				(spent != null) ? BigDecimal.valueOf(spent) : null, at("2026-01-01"));
	}

	private void target(char idea, String metric, long baseline, long target, List<String> measurements) {
		this.rows.target(id(idea), metric, BigDecimal.valueOf(baseline), BigDecimal.valueOf(target), at("2026-01-01"),
				measurements, this.person);
	}

	private static long id(char idea) {
		return FIRST_ID + idea - 'A';
	}

}
