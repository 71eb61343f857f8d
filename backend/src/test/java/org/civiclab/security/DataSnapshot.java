package org.civiclab.security;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;

import static org.awaitility.Awaitility.await;

/**
 * What the database holds, counted: the rows of every domain table, the versions of the
 * ideas and experiments, the audit events other than refusals (which are recorded by
 * design) and the engine's open tasks. Equal snapshots before and after a refused request
 * show that it wrote nothing.
 */
record DataSnapshot(Map<String, Long> counts) {

	private static final Duration SETTLE_AHEAD = Duration.ofSeconds(10);

	private static final List<String> TABLES = List.of("organisation", "person", "person_role", "idea", "idea_theme",
			"idea_co_author", "experiment", "gate_decision", "gate_decision_experiment", "impact_target",
			"benefit_measurement", "idea_comment", "idea_support", "invitation",
			// Lists and custom fields (admin-lists)
			"managed_list_entry", "custom_field", "idea_field_value",
			// Notifications: a refused write tells nobody
			"idea_follower", "notification", "notification_preference", "outgoing_mail",
			// Challenges and residents (docs/adr/0040-challenges.md)
			"challenge", "challenge_theme", "suggestion", "suggestion_support", "citizen", "citizen_token");

	/**
	 * The snapshot to compare a refused request's against, taken once the engine's timers
	 * due now or in the next seconds have run: the demo's time box that runs out after
	 * five seconds, a reminder due at once, would otherwise tell its lab lead while the
	 * request is checked, and count as the request's notification and mail. (The nightly
	 * history cleanup tells nobody.)
	 */
	static DataSnapshot settled(JdbcTemplate jdbc) {
		await("the engine's timers due in the next " + SETTLE_AHEAD.toSeconds() + " s").atMost(Duration.ofSeconds(90))
			.pollDelay(Duration.ZERO)
			.pollInterval(Duration.ofMillis(100))
			.until(() -> jdbc.queryForObject(
					"select count(*) from act_ru_job where retries_ > 0 and suspension_state_ = 1"
							+ " and handler_type_ <> 'history-cleanup' and (duedate_ is null or duedate_ <= ?)",
					Long.class, Timestamp.from(Instant.now().plus(SETTLE_AHEAD))) == 0);
		return of(jdbc);
	}

	static DataSnapshot of(JdbcTemplate jdbc) {
		Map<String, Long> counts = new LinkedHashMap<>();
		for (String table : TABLES) {
			counts.put(table, jdbc.queryForObject("select count(*) from " + table, Long.class));
		}
		counts.put("idea versions", jdbc.queryForObject("select coalesce(sum(version), 0) from idea", Long.class));
		counts.put("person versions", jdbc.queryForObject("select coalesce(sum(version), 0) from person", Long.class));
		counts.put("organisation versions",
				jdbc.queryForObject("select coalesce(sum(version), 0) from organisation", Long.class));
		counts.put("challenge versions",
				jdbc.queryForObject("select coalesce(sum(version), 0) from challenge", Long.class));
		counts.put("experiment versions",
				jdbc.queryForObject("select coalesce(sum(version), 0) from experiment", Long.class));
		// The engine's timers (a demo time box, reminders) act on their own: their events
		// are the system's, and refusals are audited by design.
		counts.put("audit events", jdbc.queryForObject("select count(*) from audit_event where actor <> 'system'"
				+ " and action not in ('ACTION_REFUSED', 'SIGN_IN_FAILED')", Long.class));
		// A rename, a move or a retirement changes no count (admin-lists).
		counts.put("list entries as named",
				jdbc.queryForObject(
						"select coalesce(sum(length(name) + position), 0) + count(case when retired then 1 end)"
								+ " from managed_list_entry",
						Long.class));
		counts.put("custom fields as described",
				jdbc.queryForObject(
						"select coalesce(sum(length(label) + position), 0) + count(case when retired then 1 end)"
								+ " + count(case when required then 1 end) from custom_field",
						Long.class));
		counts.put("notifications read",
				jdbc.queryForObject("select count(*) from notification where read_at is not null", Long.class));
		counts.put("engine tasks", jdbc.queryForObject("select count(*) from act_ru_task", Long.class));
		return new DataSnapshot(counts);
	}

}
