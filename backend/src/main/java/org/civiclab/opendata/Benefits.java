package org.civiclab.opendata;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.civiclab.portfolio.IdeaRecords;

import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.lang.Nullable;
import org.springframework.stereotype.Component;

/**
 * An idea's benefits in the shape of IATI's results (result → indicator → period): an
 * impact target is a result with one indicator (its metric and unit, baseline and
 * target), and each benefit measurement closes a period, from the previous measurement
 * (or the baseline) to the day it was measured, with its actual value. A baseline still
 * to be measured (an adopted pilot's target, until the adopter measures it) is null, as
 * IATI's baseline is optional. Measurement notes are not published: they are free text.
 */
@Component
class Benefits {

	private final NamedParameterJdbcTemplate jdbc;

	Benefits(NamedParameterJdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** IATI's result: what an idea promises to change. */
	record Result(String title, List<Indicator> indicators) {
	}

	/**
	 * IATI's indicator: what is measured, from which baseline (none while it is to be
	 * measured), towards which target.
	 */
	record Indicator(String title, String measure, @Nullable Baseline baseline, BigDecimal target,
			List<Period> periods) {
	}

	/** IATI's baseline: the value when the target was set, and its date. */
	record Baseline(LocalDate date, BigDecimal value) {
	}

	/** IATI's period: its start and end, the target and the actual value at its end. */
	record Period(LocalDate periodStart, LocalDate periodEnd, BigDecimal target, BigDecimal actual) {
	}

	/** The results of each of these ideas, by id. */
	Map<Long, List<Result>> of(List<Long> ideaIds) {
		Map<Long, List<Result>> results = new HashMap<>();
		if (ideaIds.isEmpty()) {
			return results;
		}
		List<Target> targets = this.jdbc.query("""
				select t.id, t.idea_id, t.metric, t.unit, t.baseline, t.target, t.created_at from impact_target t
				where t.idea_id in (:ids) order by t.id""", Map.of("ids", ideaIds), (row, n) -> {
			LocalDate setOn = IdeaRecords.instant(row, "created_at").atOffset(ZoneOffset.UTC).toLocalDate();
			BigDecimal baseline = row.getBigDecimal("baseline");
			return new Target(row.getLong("id"), row.getLong("idea_id"), row.getString("metric"), row.getString("unit"),
					setOn, (baseline != null) ? new Baseline(setOn, plain(baseline)) : null,
					plain(row.getBigDecimal("target")));
		});
		Map<Long, Target> byId = new HashMap<>();
		targets.forEach((target) -> byId.put(target.id(), target));
		Map<Long, List<Period>> periods = new HashMap<>();
		this.jdbc.query("""
				select m.impact_target_id, m.measured_on, m.measured_value from benefit_measurement m
				join impact_target t on t.id = m.impact_target_id where t.idea_id in (:ids)
				order by m.measured_on, m.id""", Map.of("ids", ideaIds), (row) -> {
			Target target = byId.get(row.getLong("impact_target_id"));
			List<Period> before = periods.computeIfAbsent(target.id(), (id) -> new ArrayList<>());
			LocalDate end = row.getObject("measured_on", LocalDate.class);
			LocalDate start = before.isEmpty() ? earlier(target.setOn(), end)
					: before.get(before.size() - 1).periodEnd();
			before.add(new Period(start, end, target.target(), plain(row.getBigDecimal("measured_value"))));
		});
		for (Target target : targets) {
			Indicator indicator = new Indicator(target.metric(), target.unit(), target.baseline(), target.target(),
					periods.getOrDefault(target.id(), List.of()));
			results.computeIfAbsent(target.ideaId(), (idea) -> new ArrayList<>())
				.add(new Result(target.metric(), List.of(indicator)));
		}
		return results;
	}

	private record Target(Long id, Long ideaId, String metric, String unit, LocalDate setOn,
			@Nullable Baseline baseline, BigDecimal target) {
	}

	/**
	 * A number as written, without the zeros the column's scale adds: 40, not 40.0000.
	 */
	private static BigDecimal plain(BigDecimal value) {
		BigDecimal stripped = value.stripTrailingZeros();
		return (stripped.scale() < 0) ? stripped.setScale(0) : stripped;
	}

	/** A measurement dated before its target was set starts its period on its own day. */
	private static LocalDate earlier(LocalDate setOn, LocalDate end) {
		return setOn.isAfter(end) ? end : setOn;
	}

}
