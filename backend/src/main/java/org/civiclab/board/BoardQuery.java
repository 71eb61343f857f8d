package org.civiclab.board;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

import org.civiclab.idea.IdeaPolicy;
import org.civiclab.idea.IdeaPolicy.Facts;
import org.civiclab.idea.IdeaPolicy.View;
import org.civiclab.idea.IdeaView.TimeBoxState;
import org.civiclab.idea.IdeaVisibility;
import org.civiclab.idea.Sharing;
import org.civiclab.idea.Stages;
import org.civiclab.idea.TextSearch;
import org.civiclab.people.CurrentUser;
import org.civiclab.portfolio.IdeaRecords;

import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.StringUtils;

/**
 * Reads one page of one column of the board: the ideas its viewer may see
 * ({@link IdeaVisibility}), filtered, oldest first.
 */
@Component
class BoardQuery {

	/**
	 * Oldest first, the id breaking ties. The stage leads although the query fixes it: so
	 * the order is the board index's (V4 to V6), and H2 reads the first page from the
	 * index instead of sorting the whole column (2.7 s against 26 ms for a column of
	 * 30,000 ideas; docs/benchmarks.md).
	 */
	private static final String ORDER = " order by i.stage asc, i.stage_entered_at asc, i.id asc";

	private static final String SELECT = """
			select i.id, i.reference, i.title, s.username as owner, s.display_name as owner_name,
			       s.public_name_consent, i.department, o.name as organisation, i.organisation_id, i.stage,
			       i.stage_entered_at, i.test_ends_at, i.test_remind_at, i.version, i.scale_proposed_by,
			       i.submitted_at, i.screened_at, i.sharing, i.ended_at,
			       (select count(*) from idea_support sp where sp.idea_id = i.id) as supports
			from idea i join person s on s.id = i.submitter_id join organisation o on o.id = i.organisation_id
			""";

	private final NamedParameterJdbcTemplate jdbc;

	BoardQuery(NamedParameterJdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The same page of each of these columns, read in one transaction: one count for all
	 * of them, a page query per column, one read of the pages' co-authors.
	 */
	@Transactional(readOnly = true)
	List<BoardPage> pages(List<String> stages, BoardFilter filter, CurrentUser viewer, int page, int size) {
		Map<String, Long> totals = totals(stages, filter, viewer);
		List<List<Row>> rows = stages.stream().map((stage) -> rows(stage, filter, viewer, page, size)).toList();
		Map<Long, Set<String>> coAuthors = coAuthors(rows.stream().flatMap(List::stream).toList());
		Instant now = Instant.now();
		return IntStream.range(0, stages.size())
			.mapToObj((index) -> page(totals.getOrDefault(stages.get(index), 0L), rows.get(index), coAuthors, viewer,
					now))
			.toList();
	}

	/**
	 * A page of cards; the facts of the ideas the viewer sees in full, the only ones they
	 * may act on.
	 */
	record BoardPage(long total, List<BoardCard> cards, Map<Long, Facts> fullView) {
	}

	/**
	 * How many ideas of each column the viewer may see, in one statement: a count per
	 * column cost PostgreSQL a pass over the table's pages for each large column (the
	 * visibility rule's three alternatives each read the column's whole range of the
	 * board index, then every matching row), about 15 ms each for the ended columns at
	 * 100,000 ended ideas; one grouped count reads the table once (docs/benchmarks.md,
	 * 2).
	 */
	private Map<String, Long> totals(List<String> stages, BoardFilter filter, CurrentUser viewer) {
		Map<String, Object> parameters = new LinkedHashMap<>();
		parameters.put("stages", stages);
		Map<String, Long> totals = new HashMap<>();
		String sql = "select i.stage, count(*) as total from idea i where i.stage in (:stages) and "
				+ conditions(filter, viewer, parameters) + " group by i.stage";
		this.jdbc.query(sql, parameters,
				(RowCallbackHandler) (row) -> totals.put(row.getString("stage"), row.getLong("total")));
		return totals;
	}

	private List<Row> rows(String stage, BoardFilter filter, CurrentUser viewer, int page, int size) {
		Map<String, Object> parameters = new LinkedHashMap<>();
		parameters.put("stage", stage);
		parameters.put("offset", (long) page * size);
		parameters.put("size", size);
		return this.jdbc.query(SELECT + " where i.stage = :stage and " + conditions(filter, viewer, parameters) + ORDER
				+ " offset :offset rows fetch next :size rows only", parameters, (row, n) -> Row.read(row));
	}

	private static BoardPage page(long total, List<Row> rows, Map<Long, Set<String>> coAuthors, CurrentUser viewer,
			Instant now) {
		Map<Long, Facts> full = new HashMap<>();
		List<BoardCard> cards = rows.stream().map((row) -> {
			Facts facts = row.facts(coAuthors.getOrDefault(row.id(), Set.of()));
			View view = IdeaPolicy.view(viewer, facts).orElseThrow();
			if (view == View.FULL) {
				full.put(row.id(), facts);
			}
			return row.card(view, now);
		}).toList();
		return new BoardPage(total, cards, full);
	}

	private Map<Long, Set<String>> coAuthors(List<Row> rows) {
		Map<Long, Set<String>> coAuthors = new HashMap<>();
		if (!rows.isEmpty()) {
			this.jdbc.query("""
					select ca.idea_id, p.username from idea_co_author ca join person p on p.id = ca.person_id
					where ca.idea_id in (:ids)""", Map.of("ids", rows.stream().map(Row::id).toList()), (row) -> {
				coAuthors.computeIfAbsent(row.getLong("idea_id"), (id) -> new HashSet<>())
					.add(row.getString("username"));
			});
		}
		return coAuthors;
	}

	/** What the viewer may see, filtered: the conditions beside the column's. */
	private static String conditions(BoardFilter filter, CurrentUser viewer, Map<String, Object> parameters) {
		StringBuilder where = new StringBuilder(IdeaVisibility.visible("i", viewer, parameters));
		if (filter.organisation() != null) {
			where.append(" and i.organisation_id = :organisation");
			parameters.put("organisation", filter.organisation());
		}
		// Regardless of case (old free text is spelled as it was typed): no index serves
		// the
		// department, which is checked on the rows the board index reads, and a theme is
		// looked up by the idea's id (idea_theme's key); lower() costs a call per row.
		if (StringUtils.hasText(filter.department())) {
			where.append(" and lower(i.department) = :department");
			parameters.put("department", TextSearch.sameAs(filter.department()));
		}
		if (StringUtils.hasText(filter.theme())) {
			where.append(" and exists (select 1 from idea_theme t where t.idea_id = i.id and lower(t.theme) = :theme)");
			parameters.put("theme", TextSearch.sameAs(filter.theme()));
		}
		if (filter.field() != null && StringUtils.hasText(filter.fieldValue())) {
			where.append(" and exists (select 1 from idea_field_value v where v.idea_id = i.id"
					+ " and v.field_id = :field and lower(v.field_value) = :fieldValue)");
			parameters.put("field", filter.field());
			parameters.put("fieldValue", TextSearch.sameAs(filter.fieldValue()));
		}
		if (StringUtils.hasText(filter.owner())) {
			where.append(ownerMatches(viewer, parameters));
			parameters.put("owner", TextSearch.sameAs(filter.owner()));
			parameters.put("ownerName", TextSearch.containsPattern(filter.owner()));
		}
		if (StringUtils.hasText(filter.q())) {
			where.append(" and (lower(i.title) like :q escape '!' or lower(i.reference) like :q escape '!'"
					+ " or lower(i.proposal) like :q escape '!')");
			parameters.put("q", TextSearch.containsPattern(filter.q()));
		}
		return where.toString();
	}

	/**
	 * The submitter is the person with this username, or whose name contains the text
	 * ("Anna Berg", "anna", "berg"): by name only where the card would show it, that is
	 * inside the viewer's organisation or for those who agreed to be named, so the filter
	 * tells nobody who wrote an unnamed card.
	 */
	private static String ownerMatches(CurrentUser viewer, Map<String, Object> parameters) {
		parameters.put("ownerViewerOrganisation", viewer.isAnonymous() ? -1L : viewer.organisationId());
		return " " + """
				and i.submitter_id in (select p.id from person p where lower(p.username) = :owner
				    or (lower(p.display_name) like :ownerName escape '!'
				        and (p.organisation_id = :ownerViewerOrganisation or p.public_name_consent = true)))""";
	}

	/** A row of the board's query: the card's data and the idea's facts. */
	private record Row(Long id, String reference, String title, String owner, String ownerName, boolean named,
			String department, String organisation, Long organisationId, String stage, Instant enteredAt,
			Instant endsAt, Instant remindAt, long version, String scaleProposer, boolean submitted, boolean screened,
			Sharing sharing, boolean ended, long supports) {

		static Row read(ResultSet row) throws SQLException {
			return new Row(row.getLong("id"), row.getString("reference"), row.getString("title"),
					row.getString("owner"), row.getString("owner_name"), row.getBoolean("public_name_consent"),
					row.getString("department"), row.getString("organisation"), row.getLong("organisation_id"),
					row.getString("stage"), IdeaRecords.instant(row, "stage_entered_at"),
					IdeaRecords.instant(row, "test_ends_at"), IdeaRecords.instant(row, "test_remind_at"),
					row.getLong("version"), row.getString("scale_proposed_by"), row.getObject("submitted_at") != null,
					row.getObject("screened_at") != null, Sharing.valueOf(row.getString("sharing")),
					row.getObject("ended_at") != null, row.getLong("supports"));
		}

		Facts facts(Set<String> coAuthors) {
			return new Facts(this.organisationId, this.owner, coAuthors, this.stage, this.submitted, this.screened,
					this.sharing, this.ended, this.scaleProposer);
		}

		BoardCard card(View view, Instant now) {
			long days = Duration.between(this.enteredAt, now).toDays();
			if (view == View.SHARED) {
				return new BoardCard(this.id, this.reference, this.title, this.named ? this.owner : null,
						this.named ? this.ownerName : null, this.department, this.organisation, days, null, null, null,
						view, List.of());
			}
			TimeBoxState timeBox = (Stages.TEST.equals(this.stage) && this.endsAt != null)
					? TimeBoxState.of(this.endsAt, this.remindAt, now) : null;
			return new BoardCard(this.id, this.reference, this.title, this.owner, this.ownerName, this.department,
					this.organisation, days, timeBox, this.supports, this.version, view, List.of());
		}

	}

}
