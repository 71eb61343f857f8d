package org.civiclab.opendata;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.civiclab.idea.IdeaVisibility;
import org.civiclab.portfolio.IdeaRecords;
import org.civiclab.portfolio.IdeaRecords.Details;

import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the public portfolio: the published ideas ({@link IdeaVisibility#published}),
 * public ones from their screening Go on, in progress, scaled or stopped. Drafts, ideas
 * not yet screened, declined and withdrawn ones are never in it, and the submitter's name
 * only when they consented (docs/adr/0019).
 */
@Component
class PublicPortfolioQuery {

	/**
	 * What is public: the published ideas (docs/adr/0021), the same rule as everywhere;
	 * every read of this class goes through it.
	 */
	static final String PUBLIC = IdeaVisibility.published("i");

	private static final String SELECT = """
			select i.id, i.reference, i.title, i.problem, i.proposal, i.beneficiaries, o.name as organisation,
			       i.department, i.entry_route, i.stage, i.ended_at, i.submitted_at, i.stage_entered_at,
			       i.estimated_cost, o.currency,
			       case when p.public_name_consent = true then p.display_name end as submitter
			from idea i join organisation o on o.id = i.organisation_id join person p on p.id = i.submitter_id
			where\s""" + PUBLIC;

	private final NamedParameterJdbcTemplate jdbc;

	private final IdeaRecords records;

	private final PublishedAdoptions links;

	private final Benefits benefits;

	PublicPortfolioQuery(NamedParameterJdbcTemplate jdbc, IdeaRecords records, PublishedAdoptions links,
			Benefits benefits) {
		this.jdbc = jdbc;
		this.records = records;
		this.links = links;
		this.benefits = benefits;
	}

	record Page(long total, List<OpenIdea> ideas) {
	}

	@Transactional(readOnly = true)
	Page page(int page, int size) {
		Long total = this.jdbc.queryForObject("select count(*) from idea i where " + PUBLIC, Map.of(), Long.class);
		List<Row> rows = this.jdbc.query(SELECT + " order by i.id offset :offset rows fetch next :size rows only",
				Map.of("offset", (long) page * size, "size", size), (row, n) -> Row.read(row));
		return new Page(total, ideas(rows));
	}

	@Transactional(readOnly = true)
	Optional<OpenIdea> one(String reference) {
		List<Row> rows = this.jdbc.query(SELECT + " and i.reference = :reference", Map.of("reference", reference),
				(row, n) -> Row.read(row));
		return ideas(rows).stream().findFirst();
	}

	private List<OpenIdea> ideas(List<Row> rows) {
		List<Long> ids = rows.stream().map(Row::id).toList();
		Details details = this.records.of(ids);
		PublishedAdoptions.Links links = this.links.of(ids);
		Map<Long, List<Benefits.Result>> results = this.benefits.of(ids);
		return rows.stream()
			.map((row) -> row.toIdea(details, links, results.getOrDefault(row.id(), List.of())))
			.toList();
	}

	private record Row(Long id, OpenIdea idea) {

		static Row read(ResultSet row) throws SQLException {
			String stage = row.getString("stage");
			return new Row(row.getLong("id"),
					new OpenIdea(row.getString("reference"), row.getString("title"), row.getString("problem"),
							row.getString("proposal"), row.getString("beneficiaries"), row.getString("organisation"),
							row.getString("department"), row.getString("entry_route"), List.of(), stage,
							row.getObject("ended_at") != null, IdeaRecords.instant(row, "submitted_at"),
							IdeaRecords.instant(row, "stage_entered_at"), IdeaRecords.instant(row, "ended_at"),
							row.getString("submitter"), List.of(), List.of(), InnovationLifecycle.of(stage),
							InnovationLifecycle.outcomeOf(stage), row.getBigDecimal("estimated_cost"),
							row.getString("currency"), null, List.of(), List.of()));
		}

		OpenIdea toIdea(Details details, PublishedAdoptions.Links links, List<Benefits.Result> results) {
			OpenIdea i = this.idea;
			return new OpenIdea(i.reference(), i.title(), i.problem(), i.proposal(), i.beneficiaries(),
					i.organisation(), i.department(), i.entryRoute(), details.themesOf(this.id), i.stage(), i.ended(),
					i.submittedAt(), i.stageEnteredAt(), i.endedAt(), i.submitter(), details.experimentsOf(this.id),
					details.decisionsOf(this.id), i.lifecycleStage(), i.outcome(), i.estimatedCost(), i.currency(),
					links.originOf(this.id), links.adoptersOf(this.id), results);
		}

	}

}
