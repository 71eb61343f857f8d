package org.civiclab.portfolio;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.civiclab.idea.IdeaVisibility;
import org.civiclab.idea.TextSearch;
import org.civiclab.people.CurrentUser;
import org.civiclab.portfolio.IdeaRecords.Details;

import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.StringUtils;

/**
 * Searches the stopped ideas by a word of their description, their stop decision or their
 * experiments and learning cards, and by theme; newest stop first.
 */
@Component
class LessonsQuery {

	static final String STOPPED = "stopped";

	private final NamedParameterJdbcTemplate jdbc;

	private final IdeaRecords records;

	LessonsQuery(NamedParameterJdbcTemplate jdbc, IdeaRecords records) {
		this.jdbc = jdbc;
		this.records = records;
	}

	record LessonsPage(long total, int page, int size, List<LessonEntry> lessons) {
	}

	@Transactional(readOnly = true)
	LessonsPage search(String text, String theme, int page, int size, CurrentUser reader) {
		Map<String, Object> parameters = new LinkedHashMap<>();
		String where = where(text, theme, reader, parameters);
		Long total = this.jdbc.queryForObject("select count(*) from idea i where " + where, parameters, Long.class);
		parameters.put("offset", (long) page * size);
		parameters.put("size", size);
		List<LessonEntry> found = this.jdbc.query(
				"""
						select i.id, i.reference, i.title, i.problem, i.proposal, o.name as organisation, i.department,
						       i.ended_at, d.gate, case when %s then d.rationale end as rationale, d.learning_believed,
						       d.learning_observed, d.learning_learned, d.learning_therefore
						from idea i join organisation o on o.id = i.organisation_id
						left join gate_decision d on d.id = (select max(k.id) from gate_decision k
						                                     where k.idea_id = i.id and k.outcome = 'KILL')
						where\s""".formatted(IdeaVisibility.full("i", reader, parameters)) + where
						+ " order by i.ended_at desc, i.id desc offset :offset rows fetch next :size rows only",
				parameters,
				(row, n) -> new LessonEntry(row.getLong("id"), row.getString("reference"), row.getString("title"),
						row.getString("problem"), row.getString("proposal"), row.getString("organisation"),
						row.getString("department"), List.of(), IdeaRecords.instant(row, "ended_at"),
						row.getString("gate"), row.getString("rationale"), IdeaRecords.Lesson.read(row), List.of()));
		Details details = this.records.of(found.stream().map(LessonEntry::id).toList());
		return new LessonsPage(total, page, size,
				found.stream()
					.map((l) -> new LessonEntry(l.id(), l.reference(), l.title(), l.problem(), l.proposal(),
							l.organisation(), l.department(), details.themesOf(l.id()), l.stoppedAt(),
							l.stoppedAtGate(), l.reason(), l.learningCard(), details.experimentsOf(l.id())))
					.toList());
	}

	@Transactional(readOnly = true)
	List<String> themes(CurrentUser reader) {
		Map<String, Object> parameters = new LinkedHashMap<>();
		return this.jdbc.queryForList("select distinct t.theme from idea_theme t join idea i on i.id = t.idea_id where "
				+ where(null, null, reader, parameters) + " order by t.theme", parameters, String.class);
	}

	private static String where(String text, String theme, CurrentUser reader, Map<String, Object> parameters) {
		// Stopped ideas the reader may see; a stop's rationale is the organisation's own,
		// so
		// it is searched (and shown) only where the reader sees the idea in full.
		StringBuilder where = new StringBuilder("i.stage = :stopped and ")
			.append(IdeaVisibility.visible("i", reader, parameters));
		parameters.put("stopped", STOPPED);
		if (StringUtils.hasText(theme)) {
			where.append(" and exists (select 1 from idea_theme t where t.idea_id = i.id and lower(t.theme) = :theme)");
			parameters.put("theme", TextSearch.sameAs(theme));
		}
		if (StringUtils.hasText(text)) {
			where.append("""
					and (lower(i.title) like :q escape '!' or lower(i.problem) like :q escape '!'
					 or lower(i.proposal) like :q escape '!' or lower(i.reference) like :q escape '!'
					 or exists (select 1 from experiment e where e.idea_id = i.id and (%s))
					 or exists (select 1 from gate_decision g where g.idea_id = i.id and (%s))
					 or (%s and exists (select 1 from gate_decision g where g.idea_id = i.id
					     and lower(g.rationale) like :q escape '!')))""".formatted(
					matches("e", "title", "hypothesis", "test_description", "result"), matches("g"),
					IdeaVisibility.full("i", reader, parameters)));
			parameters.put("q", TextSearch.containsPattern(text));
		}
		return where.toString();
	}

	/**
	 * The columns of a record and of its learning card, any of which may hold the word.
	 */
	private static String matches(String alias, String... columns) {
		StringBuilder or = new StringBuilder();
		for (String column : concat(columns, "learning_believed", "learning_observed", "learning_learned",
				"learning_therefore")) {
			or.append(or.isEmpty() ? "" : " or ")
				.append("lower(")
				.append(alias)
				.append('.')
				.append(column)
				.append(") like :q escape '!'");
		}
		return or.toString();
	}

	private static String[] concat(String[] first, String... more) {
		String[] all = java.util.Arrays.copyOf(first, first.length + more.length);
		System.arraycopy(more, 0, all, first.length, more.length);
		return all;
	}

}
