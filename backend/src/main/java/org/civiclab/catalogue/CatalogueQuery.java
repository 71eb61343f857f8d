package org.civiclab.catalogue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.swagger.v3.oas.annotations.media.Schema;

import org.civiclab.idea.TextSearch;
import org.civiclab.impact.ImpactTarget;
import org.civiclab.people.CurrentUser;

import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.StringUtils;

/**
 * Reads the catalogue: the pilots of every organisation of the installation that are
 * shared with the region or public and published ({@link Listed}), searched and filtered,
 * the most recently screened first.
 */
@Component
class CatalogueQuery {

	/**
	 * Whether a benefit measured reached its target ({@link ImpactTarget#reached}).
	 */
	static final String BENEFIT_REALISED = """
			exists (select 1 from impact_target t join benefit_measurement m on m.impact_target_id = t.id
			        where t.idea_id = i.id and\s""" + ImpactTarget.REACHED_SQL + ")";

	private static final String SELECT = """
			select i.id, i.reference, i.title, o.id as organisation_id, o.name as organisation, o.currency,
			       i.stage, i.ended_at, i.estimated_cost,
			       (select count(*) from idea a where a.origin_id = i.id and a.submitted_at is not null) as adoptions,
			       case when\s""" + BENEFIT_REALISED + """
			        then true else false end as benefit_realised
			from idea i join organisation o on o.id = i.organisation_id
			""";

	private final NamedParameterJdbcTemplate jdbc;

	CatalogueQuery(NamedParameterJdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** An organisation that has pilots in the catalogue, for the filter. */
	@Schema(name = "CatalogueOrganisation")
	record OrganisationOption(Long id, String name) {
	}

	/**
	 * A page of the catalogue, with the organisations and themes of all its pilots for
	 * the filters.
	 */
	@Schema(name = "CataloguePage")
	record CataloguePage(long total, int page, int size, List<CatalogueEntry> entries,
			List<OrganisationOption> organisations, List<String> themes) {
	}

	@Transactional(readOnly = true)
	CataloguePage search(CatalogueFilter filter, int page, int size, CurrentUser reader) {
		Map<String, Object> parameters = new LinkedHashMap<>();
		String where = " where " + conditions(filter, reader, parameters);
		Long total = this.jdbc.queryForObject("select count(*) from idea i" + where, parameters, Long.class);
		parameters.put("offset", (long) page * size);
		parameters.put("size", size);
		List<CatalogueEntry> entries = entries(
				SELECT + where
						+ " order by i.screened_at desc, i.id desc offset :offset rows fetch next :size rows only",
				parameters);
		return new CataloguePage(total, page, size, entries, organisations(reader), themes(reader));
	}

	/** The catalogue's pilot of this reference, if the reader finds it there. */
	@Transactional(readOnly = true)
	Optional<CatalogueEntry> entry(String reference, CurrentUser reader) {
		Map<String, Object> parameters = new LinkedHashMap<>();
		parameters.put("reference", reference);
		return entries(SELECT + " where i.reference = :reference and " + Listed.in(reader), parameters).stream()
			.findFirst();
	}

	/**
	 * The id of the catalogue's pilot of this reference, if the reader finds it there.
	 */
	@Transactional(readOnly = true)
	Optional<Long> idOf(String reference, CurrentUser reader) {
		Map<String, Object> parameters = new LinkedHashMap<>();
		parameters.put("reference", reference);
		return this.jdbc
			.queryForList("select i.id from idea i where i.reference = :reference and " + Listed.in(reader), parameters,
					Long.class)
			.stream()
			.findFirst();
	}

	private List<CatalogueEntry> entries(String sql, Map<String, Object> parameters) {
		List<Long> ids = new ArrayList<>();
		List<CatalogueEntry> rows = this.jdbc.query(sql, parameters, (row, n) -> {
			ids.add(row.getLong("id"));
			return new CatalogueEntry(row.getString("reference"), row.getString("title"), row.getString("organisation"),
					row.getLong("organisation_id"), List.of(), row.getString("stage"),
					PilotOutcome.of(row.getString("stage"), row.getObject("ended_at") != null),
					row.getBigDecimal("estimated_cost"), row.getString("currency"), row.getBoolean("benefit_realised"),
					row.getLong("adoptions"));
		});
		Map<Long, List<String>> themes = new LinkedHashMap<>();
		if (!ids.isEmpty()) {
			this.jdbc.query("select idea_id, theme from idea_theme where idea_id in (:ids) order by theme",
					Map.of("ids", ids), (row) -> {
						themes.computeIfAbsent(row.getLong("idea_id"), (id) -> new ArrayList<>())
							.add(row.getString("theme"));
					});
		}
		List<CatalogueEntry> entries = new ArrayList<>();
		for (int index = 0; index < rows.size(); index++) {
			CatalogueEntry e = rows.get(index);
			entries.add(new CatalogueEntry(e.reference(), e.title(), e.organisation(), e.organisationId(),
					themes.getOrDefault(ids.get(index), List.of()), e.stage(), e.outcome(), e.estimatedCost(),
					e.currency(), e.benefitRealised(), e.adoptions()));
		}
		return entries;
	}

	private List<OrganisationOption> organisations(CurrentUser reader) {
		Map<String, Object> parameters = new LinkedHashMap<>();
		return this.jdbc.query(
				"select distinct o.id, o.name from idea i join organisation o on o.id = i.organisation_id" + " where "
						+ Listed.in(reader) + " order by o.name",
				parameters, (row, n) -> new OrganisationOption(row.getLong("id"), row.getString("name")));
	}

	private List<String> themes(CurrentUser reader) {
		Map<String, Object> parameters = new LinkedHashMap<>();
		return this.jdbc.queryForList("select distinct t.theme from idea i join idea_theme t on t.idea_id = i.id"
				+ " where " + Listed.in(reader) + " order by t.theme", parameters, String.class);
	}

	private static String conditions(CatalogueFilter filter, CurrentUser reader, Map<String, Object> parameters) {
		StringBuilder where = new StringBuilder(Listed.in(reader));
		if (StringUtils.hasText(filter.q())) {
			where.append(" and (lower(i.title) like :q escape '!' or lower(i.reference) like :q escape '!'"
					+ " or lower(i.problem) like :q escape '!' or lower(i.proposal) like :q escape '!')");
			parameters.put("q", TextSearch.containsPattern(filter.q()));
		}
		if (StringUtils.hasText(filter.theme())) {
			where.append(" and exists (select 1 from idea_theme t where t.idea_id = i.id and lower(t.theme) = :theme)");
			parameters.put("theme", TextSearch.sameAs(filter.theme()));
		}
		if (filter.outcome() != null) {
			where.append(" and ").append(filter.outcome().condition());
		}
		if (filter.organisation() != null) {
			where.append(" and i.organisation_id = :organisation");
			parameters.put("organisation", filter.organisation());
		}
		if (filter.minCost() != null) {
			where.append(" and i.estimated_cost >= :minCost");
			parameters.put("minCost", filter.minCost());
		}
		if (filter.maxCost() != null) {
			where.append(" and i.estimated_cost <= :maxCost");
			parameters.put("maxCost", filter.maxCost());
		}
		if (filter.benefitRealised()) {
			where.append(" and ").append(BENEFIT_REALISED);
		}
		return where.toString();
	}

}
