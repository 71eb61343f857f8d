package org.civiclab.portfolio;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import org.springframework.lang.Nullable;

/**
 * Reads what the public portfolio, the open data and the lessons library show beside an
 * idea: its themes, its experiments with their learning cards and the outcomes of its
 * gate decisions. Never who decided, never a comment.
 */
@Component
public class IdeaRecords {

	private final NamedParameterJdbcTemplate jdbc;

	IdeaRecords(NamedParameterJdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** "We believed… we observed… we learned… therefore we will…". */
	public record Lesson(String believed, String observed, String learned, String therefore) {

		static Lesson read(ResultSet row) throws SQLException {
			String learned = row.getString("learning_learned");
			return (learned != null) ? new Lesson(row.getString("learning_believed"),
					row.getString("learning_observed"), learned, row.getString("learning_therefore")) : null;
		}

	}

	/** An experiment's test card, result and learning card. */
	public record ExperimentRecord(String title, String hypothesis, String test, String metric, String criterion,
			String status, @Nullable String outcome, @Nullable String result, @Nullable Lesson learningCard) {
	}

	/** A gate decision's outcome, without who took it. */
	public record DecisionRecord(String gate, String outcome, Instant decidedAt, @Nullable Lesson learningCard) {
	}

	/** Themes, experiments and decisions of some ideas, by idea id. */
	public record Details(Map<Long, List<String>> themes, Map<Long, List<ExperimentRecord>> experiments,
			Map<Long, List<DecisionRecord>> decisions) {

		public List<String> themesOf(Long id) {
			return this.themes.getOrDefault(id, List.of());
		}

		public List<ExperimentRecord> experimentsOf(Long id) {
			return this.experiments.getOrDefault(id, List.of());
		}

		public List<DecisionRecord> decisionsOf(Long id) {
			return this.decisions.getOrDefault(id, List.of());
		}

	}

	@Transactional(readOnly = true)
	public Details of(Collection<Long> ideaIds) {
		if (ideaIds.isEmpty()) {
			return new Details(Map.of(), Map.of(), Map.of());
		}
		Map<String, Object> ids = Map.of("ids", ideaIds);
		Map<Long, List<String>> themes = new LinkedHashMap<>();
		this.jdbc.query("select idea_id, theme from idea_theme where idea_id in (:ids) order by idea_id, theme", ids,
				(row) -> {
					add(themes, row.getLong("idea_id"), row.getString("theme"));
				});
		Map<Long, List<ExperimentRecord>> experiments = new LinkedHashMap<>();
		this.jdbc.query("""
				select idea_id, title, hypothesis, test_description, metric, criterion, status, outcome, result,
				       learning_believed, learning_observed, learning_learned, learning_therefore
				from experiment where idea_id in (:ids) order by idea_id, created_at, id""", ids, (row) -> {
			add(experiments, row.getLong("idea_id"),
					new ExperimentRecord(row.getString("title"), row.getString("hypothesis"),
							row.getString("test_description"), row.getString("metric"), row.getString("criterion"),
							row.getString("status"), row.getString("outcome"), row.getString("result"),
							Lesson.read(row)));
		});
		Map<Long, List<DecisionRecord>> decisions = new LinkedHashMap<>();
		this.jdbc.query("""
				select idea_id, gate, outcome, decided_at,
				       learning_believed, learning_observed, learning_learned, learning_therefore
				from gate_decision where idea_id in (:ids) order by idea_id, decided_at, id""", ids, (row) -> {
			add(decisions, row.getLong("idea_id"), new DecisionRecord(row.getString("gate"), row.getString("outcome"),
					instant(row, "decided_at"), Lesson.read(row)));
		});
		return new Details(themes, experiments, decisions);
	}

	public static Instant instant(ResultSet row, String column) throws SQLException {
		OffsetDateTime value = row.getObject(column, OffsetDateTime.class);
		return (value != null) ? value.toInstant() : null;
	}

	private static <T> void add(Map<Long, List<T>> byIdea, Long ideaId, T value) {
		byIdea.computeIfAbsent(ideaId, (id) -> new java.util.ArrayList<>()).add(value);
	}

}
