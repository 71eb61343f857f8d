package org.civiclab.portfolio;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.civiclab.idea.EntryRoute;
import org.civiclab.idea.IdeaVisibility;
import org.civiclab.idea.TextSearch;
import org.civiclab.people.CurrentUser;

import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.lang.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.StringUtils;

/**
 * Reads the records behind the dashboard for the ideas a filter selects: the ideas, their
 * stage history (the engine's stage changes, as the audit log keeps them), gate
 * decisions, experiments' costs and impact targets with their latest measurement; of each
 * idea also where it was adopted from and how often it was adopted.
 */
@Component
class DashboardQuery {

	private final NamedParameterJdbcTemplate jdbc;

	DashboardQuery(NamedParameterJdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * An idea of the cohort.
	 *
	 * @param ended whether it ended (scaled, stopped, declined or withdrawn)
	 * @param origin where it was adopted from, or null for an idea of its own
	 * @param adoptions how many submitted ideas were adopted from it: only counted, as
	 * the catalogue's "adopted by N" counts them, whoever may see them
	 */
	record CohortIdea(Long id, String reference, String title, String stage, BigDecimal estimatedCost,
			BigDecimal budget, boolean ended, @Nullable Origin origin, long adoptions) {
	}

	/**
	 * Where an adopted idea (entry route reuse) came from: a pilot of another
	 * organisation of this installation ({@code idea.origin_id}), or of another
	 * installation, known by its address ({@code idea.origin_url}).
	 */
	enum Origin {

		THIS_INSTALLATION, OTHER_INSTALLATION;

		@Nullable
		static Origin of(String entryRoute, @Nullable Object originId, @Nullable String originUrl) {
			if (!EntryRoute.REUSE.name().equals(entryRoute)) {
				return null;
			}
			if (originId != null) {
				return THIS_INSTALLATION;
			}
			return (originUrl != null) ? OTHER_INSTALLATION : null;
		}

	}

	record StageEvent(Long ideaId, String stage, Instant at) {
	}

	record DecisionRow(Long ideaId, String gate, String outcome, String rationale) {
	}

	record ExperimentCost(Long ideaId, BigDecimal budgetCap, BigDecimal costSpent) {
	}

	record TargetRow(Long ideaId, String metric, String unit, BigDecimal baseline, BigDecimal target,
			BigDecimal latest) {
	}

	/**
	 * A reviewer's review on a panel (docs/adr/0039): when the panel was assigned, when
	 * the review came in (null while it has not), and whether the panel is still open
	 * (its gate undecided, the idea not ended).
	 */
	record ReviewRow(Long ideaId, Instant assignedAt, @Nullable Instant submittedAt, boolean open) {
	}

	record Records(List<CohortIdea> ideas, List<StageEvent> events, List<DecisionRow> decisions,
			List<ExperimentCost> experiments, List<TargetRow> targets, List<ReviewRow> reviews) {

		/** Records without panels' reviews. */
		Records(List<CohortIdea> ideas, List<StageEvent> events, List<DecisionRow> decisions,
				List<ExperimentCost> experiments, List<TargetRow> targets) {
			this(ideas, events, decisions, experiments, targets, List.of());
		}

	}

	/**
	 * The records of the ideas submitted in the filter's period; its defaults filled in.
	 */
	@Transactional(readOnly = true)
	Records read(DashboardFilter filter, CurrentUser reader) {
		Map<String, Object> parameters = new LinkedHashMap<>();
		String cohort = cohort(filter, reader, parameters);
		String ids = "(select i.id from idea i where " + cohort + ")";
		List<CohortIdea> ideas = this.jdbc
			.query("""
					select i.id, i.reference, i.title, i.stage, i.estimated_cost, i.budget, i.ended_at, i.entry_route,
					       i.origin_id, i.origin_url,
					       (select count(*) from idea a where a.origin_id = i.id and a.submitted_at is not null) as adoptions
					from idea i where\s"""
					+ cohort + " order by i.id", parameters,
					(row, n) -> new CohortIdea(row.getLong("id"), row.getString("reference"), row.getString("title"),
							row.getString("stage"), row.getBigDecimal("estimated_cost"), row.getBigDecimal("budget"),
							row.getObject("ended_at") != null, Origin.of(row.getString("entry_route"),
									row.getObject("origin_id"), row.getString("origin_url")),
							row.getLong("adoptions")));
		List<StageEvent> events = this.jdbc.query("select idea_id, details, occurred_at from audit_event"
				+ " where action = 'STAGE_ENTERED' and idea_id in " + ids + " order by idea_id, occurred_at, id",
				parameters, (row, n) -> new StageEvent(row.getLong("idea_id"), row.getString("details"),
						IdeaRecords.instant(row, "occurred_at")));
		List<DecisionRow> decisions = this.jdbc.query(
				"select idea_id, gate, outcome, rationale from gate_decision" + " where idea_id in " + ids
						+ " order by idea_id, decided_at, id",
				parameters, (row, n) -> new DecisionRow(row.getLong("idea_id"), row.getString("gate"),
						row.getString("outcome"), row.getString("rationale")));
		List<ExperimentCost> experiments = this.jdbc.query(
				"select idea_id, budget_cap, cost_spent from experiment where idea_id in " + ids + " order by id",
				parameters, (row, n) -> new ExperimentCost(row.getLong("idea_id"), row.getBigDecimal("budget_cap"),
						row.getBigDecimal("cost_spent")));
		List<TargetRow> targets = this.jdbc.query("""
				select t.idea_id, t.metric, t.unit, t.baseline, t.target,
				       (select m.measured_value from benefit_measurement m where m.impact_target_id = t.id
				        order by m.measured_on desc, m.id desc fetch first 1 rows only) as latest
				from impact_target t where t.idea_id in\s""" + ids + " order by t.idea_id, t.id", parameters,
				(row, n) -> new TargetRow(row.getLong("idea_id"), row.getString("metric"), row.getString("unit"),
						row.getBigDecimal("baseline"), row.getBigDecimal("target"), row.getBigDecimal("latest")));
		List<ReviewRow> reviews = this.jdbc.query("""
				select p.idea_id, p.assigned_at, r.submitted_at, p.decision_id, i.ended_at
				from review r join panel p on p.id = r.panel_id join idea i on i.id = p.idea_id
				where p.idea_id in\s""" + ids + " order by r.id", parameters,
				(row, n) -> new ReviewRow(row.getLong("idea_id"), IdeaRecords.instant(row, "assigned_at"),
						(row.getObject("submitted_at") != null) ? IdeaRecords.instant(row, "submitted_at") : null,
						row.getObject("decision_id") == null && row.getObject("ended_at") == null));
		return new Records(ideas, events, decisions, experiments, targets, reviews);
	}

	private static String cohort(DashboardFilter filter, CurrentUser reader, Map<String, Object> parameters) {
		// The figures show budgets, costs and stop reasons: the organisation's own, so
		// only
		// the ideas the reader sees in full.
		StringBuilder where = new StringBuilder(IdeaVisibility.full("i", reader, parameters))
			.append(" and i.submitted_at >= :from and i.submitted_at < :until");
		parameters.put("from", filter.from().atStartOfDay().atOffset(ZoneOffset.UTC));
		parameters.put("until", filter.to().plusDays(1).atStartOfDay().atOffset(ZoneOffset.UTC));
		if (filter.organisation() != null) {
			where.append(" and i.organisation_id = :organisation");
			parameters.put("organisation", filter.organisation());
		}
		if (StringUtils.hasText(filter.department())) {
			where.append(" and lower(i.department) = :department");
			parameters.put("department", TextSearch.sameAs(filter.department()));
		}
		if (StringUtils.hasText(filter.theme())) {
			where.append(
					" and exists (select 1 from idea_theme th where th.idea_id = i.id and lower(th.theme) = :theme)");
			parameters.put("theme", TextSearch.sameAs(filter.theme()));
		}
		return where.toString();
	}

}
