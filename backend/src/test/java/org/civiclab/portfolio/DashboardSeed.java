package org.civiclab.portfolio;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;

import org.civiclab.ApiClient;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

import static org.civiclab.portfolio.DashboardIT.at;

/**
 * The known ideas of {@link DashboardIT}, written straight into the tables with fixed
 * dates, once per database, for an organisation nobody else uses.
 */
class DashboardSeed {

	static final String TESTBY = "Testby municipality (dashboard test)";

	/** Testby's executive, who signs in with the demo password. */
	static final String EXECUTIVE = "testby-executive";

	/** Testby's lab lead, who signs in with the demo password. */
	static final String LAB_LEAD = "testby-lab-lead";

	private static final long FIRST_ID = 9_100_000;

	private final JdbcTemplate jdbc;

	private long organisation;

	private long person;

	DashboardSeed(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	static String reference(char idea) {
		return "IDEA-TEST-" + (FIRST_ID + idea - 'A');
	}

	void seedOnce() {
		if (this.jdbc.queryForObject("select count(*) from organisation where name = ?", Integer.class, TESTBY) > 0) {
			return;
		}
		this.jdbc.update("insert into organisation (name, created_at) values (?, ?)", TESTBY, at("2025-01-01"));
		this.organisation = this.jdbc.queryForObject("select id from organisation where name = ?", Long.class, TESTBY);
		this.jdbc
			.update("""
					insert into person (username, password_hash, display_name, email, organisation_id, department, enabled,
					                    public_name_consent) values ('testby', 'x', 'Testby Tester', null, ?, 'Parks', false, false)""",
					this.organisation);
		this.person = this.jdbc.queryForObject("select id from person where username = 'testby'", Long.class);
		// Testby's ideas are private to Testby (docs/adr/0014): its own executive and lab
		// lead read its dashboard.
		reader(EXECUTIVE, "EXECUTIVE");
		reader(LAB_LEAD, "LAB_LEAD");

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

	private void reader(String username, String role) {
		this.jdbc.update("""
				insert into person (username, password_hash, display_name, email, organisation_id, department, enabled,
				                    public_name_consent) values (?, ?, ?, null, ?, 'Lab', true, false)""", username,
				new BCryptPasswordEncoder().encode(ApiClient.PASSWORD), username, this.organisation);
		this.jdbc.update("insert into person_role (person_id, role) select id, ? from person where username = ?", role,
				username);
	}

	private void idea(char idea, String submitted, String stage, String department, String theme, long estimate,
			Integer budget) {
		boolean ended = List.of("stopped", "scaled", "declined").contains(stage);
		this.jdbc
			.update("""
					insert into idea (id, reference, title, problem, proposal, organisation_id, department, entry_route,
					                  estimated_cost, submitter_id, public_idea, stage, stage_entered_at, budget, created_at,
					                  submitted_at, ended_at, version)
					values (?, ?, ?, 'A problem', 'A proposal', ?, ?, 'IDEA_DRIVEN', ?, ?, false, ?, ?, ?, ?, ?, ?, 0)""",
					id(idea), reference(idea), "Dashboard idea " + idea, this.organisation, department,
					BigDecimal.valueOf(estimate), this.person, stage, at(submitted),
					(budget != null) ? BigDecimal.valueOf(budget) : null, at(submitted), at(submitted),
					ended ? at(submitted) : null);
		this.jdbc.update("insert into idea_theme (idea_id, theme) values (?, ?)", id(idea), theme);
	}

	private void stages(char idea, String... entries) {
		for (String entry : entries) {
			String[] stageAndDate = entry.split(" ");
			this.jdbc.update("""
					insert into audit_event (occurred_at, actor, action, record_type, record_id, idea_id, details)
					values (?, 'system', 'STAGE_ENTERED', 'idea', ?, ?, ?)""", at(stageAndDate[1]), id(idea), id(idea),
					stageAndDate[0]);
		}
	}

	private void decisions(char idea, String... decisions) {
		for (String decision : decisions) {
			String[] gateOutcomeDate = decision.split(" ");
			this.jdbc.update("""
					insert into gate_decision (idea_id, gate, outcome, rationale, decided_by_id, decided_as, decided_at)
					values (?, ?, ?, ?, ?, 'LAB_LEAD', ?)""", id(idea), gateOutcomeDate[0], gateOutcomeDate[1],
					"KILL".equals(gateOutcomeDate[1]) && idea == 'A' ? "Nobody used the kiosks" : "As planned",
					this.person, at(gateOutcomeDate[2]));
		}
	}

	private void experiment(char idea, long cap, Integer spent) {
		this.jdbc.update("""
				insert into experiment (idea_id, title, hypothesis, test_description, metric, criterion, time_box_days,
				                        budget_cap, status, cost_spent, created_at, version)
				values (?, 'A test', 'We believe', 'We will', 'We measure', 'We are right if', 30, ?, 'COMPLETED', ?,
				        ?, 0)""", id(idea), BigDecimal.valueOf(cap), (spent != null) ? BigDecimal.valueOf(spent) : null,
				at("2026-01-01"));
	}

	private void target(char idea, String metric, long baseline, long target, List<String> measurements) {
		this.jdbc.update("""
				insert into impact_target (idea_id, metric, unit, baseline, target, created_at)
				values (?, ?, 'count', ?, ?, ?)""", id(idea), metric, baseline, target, at("2026-01-01"));
		long targetId = this.jdbc.queryForObject("select max(id) from impact_target where idea_id = ?", Long.class,
				id(idea));
		for (String measurement : measurements) {
			String[] dateAndValue = measurement.split(" ");
			this.jdbc.update("""
					insert into benefit_measurement (impact_target_id, measured_on, measured_value, recorded_by_id,
					                                 recorded_at) values (?, ?, ?, ?, ?)""", targetId,
					java.time.LocalDate.parse(dateAndValue[0]), new BigDecimal(dateAndValue[1]), this.person,
					OffsetDateTime.now());
		}
	}

	private static long id(char idea) {
		return FIRST_ID + idea - 'A';
	}

}
