package org.civiclab.opendata;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.civiclab.idea.IdeaVisibility;

import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.lang.Nullable;
import org.springframework.stereotype.Component;

/**
 * Which pilot a public idea adopts and which ideas adopt it: only ideas that are
 * themselves published, known by reference and organisation, never by a person's name. An
 * origin that is not published is left out as if there were none; a pilot of another
 * installation is known by its address and title.
 */
@Component
class PublishedAdoptions {

	private final NamedParameterJdbcTemplate jdbc;

	PublishedAdoptions(NamedParameterJdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The pilot an idea adopts: a published one of this installation (reference and
	 * organisation), or one of another installation (its address).
	 */
	record OpenOrigin(@Nullable String reference, @Nullable String organisation, @Nullable String address,
			@Nullable String title) {
	}

	/** A published idea that adopts this one, where it is and how it ended. */
	record OpenAdopter(String reference, String organisation, String stage,
			@Nullable InnovationLifecycle lifecycleStage, @Nullable String outcome) {
	}

	/** The links of a page of ideas, by their ids. */
	record Links(Map<Long, OpenOrigin> origins, Map<Long, List<OpenAdopter>> adopters) {

		@Nullable
		OpenOrigin originOf(Long id) {
			return this.origins.get(id);
		}

		List<OpenAdopter> adoptersOf(Long id) {
			return this.adopters.getOrDefault(id, List.of());
		}

	}

	Links of(List<Long> ids) {
		if (ids.isEmpty()) {
			return new Links(Map.of(), Map.of());
		}
		Map<Long, OpenOrigin> origins = new HashMap<>();
		this.jdbc.query("""
				select i.id, o.reference, org.name, o.title, i.origin_url, i.origin_title
				from idea i left join idea o on o.id = i.origin_id and\s""" + IdeaVisibility.published("o") + """
				 left join organisation org on org.id = o.organisation_id
				where i.id in (:ids) and (o.id is not null or i.origin_url is not null)""", Map.of("ids", ids),
				(row) -> {
					String reference = row.getString("reference");
					origins.put(row.getLong("id"), (reference != null)
							? new OpenOrigin(reference, row.getString("name"), null, row.getString("title"))
							: new OpenOrigin(null, null, row.getString("origin_url"), row.getString("origin_title")));
				});
		Map<Long, List<OpenAdopter>> adopters = new HashMap<>();
		this.jdbc.query("""
				select a.origin_id, a.reference, org.name, a.stage
				from idea a join organisation org on org.id = a.organisation_id
				where a.origin_id in (:ids) and\s""" + IdeaVisibility.published("a") + " order by a.id",
				Map.of("ids", ids), (row) -> {
					String stage = row.getString("stage");
					adopters.computeIfAbsent(row.getLong("origin_id"), (id) -> new ArrayList<>())
						.add(new OpenAdopter(row.getString("reference"), row.getString("name"), stage,
								InnovationLifecycle.of(stage), InnovationLifecycle.outcomeOf(stage)));
				});
		return new Links(origins, adopters);
	}

}
