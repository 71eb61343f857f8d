package org.civiclab.catalogue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.civiclab.catalogue.PilotEvidence.Measured;
import org.civiclab.catalogue.PilotEvidence.OriginLink;
import org.civiclab.catalogue.PilotEvidence.TargetEvidence;
import org.civiclab.impact.ImpactTarget;
import org.civiclab.people.CurrentUser;
import org.civiclab.portfolio.IdeaRecords;
import org.civiclab.portfolio.IdeaRecords.Details;

import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads one catalogue entry with its evidence ({@link PilotEvidence}); a pilot the reader
 * does not find in the catalogue is empty, whether or not it exists.
 */
@Component
class EvidenceQuery {

	private final CatalogueQuery catalogue;

	private final IdeaRecords records;

	private final NamedParameterJdbcTemplate jdbc;

	EvidenceQuery(CatalogueQuery catalogue, IdeaRecords records, NamedParameterJdbcTemplate jdbc) {
		this.catalogue = catalogue;
		this.records = records;
		this.jdbc = jdbc;
	}

	@Transactional(readOnly = true)
	Optional<PilotEvidence> of(String reference, CurrentUser reader) {
		Optional<Long> id = this.catalogue.idOf(reference, reader);
		Optional<CatalogueEntry> entry = this.catalogue.entry(reference, reader);
		if (id.isEmpty() || entry.isEmpty()) {
			return Optional.empty();
		}
		Map<String, Object> ids = Map.of("id", id.get());
		Map<String, Object> idea = this.jdbc.queryForMap("""
				select i.problem, i.proposal, i.beneficiaries, i.receiving_unit, i.origin_id
				from idea i where i.id = :id""", ids);
		Details details = this.records.of(List.of(id.get()));
		List<String> checklist = this.jdbc.queryForList("""
				select d.checklist from gate_decision d where d.idea_id = :id and d.gate = 'SCALE' and d.outcome = 'GO'
				order by d.decided_at desc, d.id desc fetch first 1 rows only""", ids, String.class)
			.stream()
			.filter((ticked) -> ticked != null && !ticked.isBlank())
			.flatMap((ticked) -> Arrays.stream(ticked.split(",")))
			.toList();
		return Optional.of(new PilotEvidence(entry.get(), (String) idea.get("problem"), (String) idea.get("proposal"),
				(String) idea.get("beneficiaries"), details.experimentsOf(id.get()), targets(id.get()),
				details.decisionsOf(id.get()), checklist, (String) idea.get("receiving_unit"),
				origin((Number) idea.get("origin_id"), reader)));
	}

	private List<TargetEvidence> targets(Long ideaId) {
		Map<Long, List<Measured>> measured = new LinkedHashMap<>();
		this.jdbc.query("""
				select m.impact_target_id, m.measured_on, m.measured_value from benefit_measurement m
				join impact_target t on t.id = m.impact_target_id where t.idea_id = :id
				order by m.measured_on, m.id""", Map.of("id", ideaId), (row) -> {
			measured.computeIfAbsent(row.getLong("impact_target_id"), (target) -> new ArrayList<>())
				.add(new Measured(row.getObject("measured_on", java.time.LocalDate.class),
						row.getBigDecimal("measured_value")));
		});
		return this.jdbc.query(
				"select id, metric, unit, baseline, target from impact_target where idea_id = :id" + " order by id",
				Map.of("id", ideaId), (row, n) -> {
					List<Measured> values = measured.getOrDefault(row.getLong("id"), List.of());
					BigDecimal baseline = row.getBigDecimal("baseline");
					BigDecimal target = row.getBigDecimal("target");
					return new TargetEvidence(row.getString("metric"), row.getString("unit"), baseline, target, values,
							values.stream().anyMatch((value) -> ImpactTarget.reached(baseline, target, value.value())));
				});
	}

	private OriginLink origin(Number originId, CurrentUser reader) {
		if (originId == null) {
			return null;
		}
		Map<String, Object> parameters = new LinkedHashMap<>();
		parameters.put("origin", originId.longValue());
		return this.jdbc
			.query("""
					select i.reference, i.title, o.name from idea i join organisation o on o.id = i.organisation_id
					where i.id = :origin and\s""" + Listed.in(reader), parameters,
					(row, n) -> new OriginLink(row.getString("reference"), row.getString("title"),
							row.getString("name")))
			.stream()
			.findFirst()
			.orElse(null);
	}

}
