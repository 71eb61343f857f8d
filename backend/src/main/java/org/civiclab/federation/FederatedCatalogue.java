package org.civiclab.federation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The public pilots of the other installations, as last read from their feeds: what the
 * catalogue lists beside this installation's own, each marked with its installation and,
 * if its feed could not be read last time, stale. Answers from the cache, never from the
 * other installation, so it answers while the other side is down.
 */
@Component
public class FederatedCatalogue {

	private static final String SELECT = """
			select p.*, f.name as installation, f.url as installation_url, f.last_success_at, f.last_error
			from federated_pilot p join federation_feed f on f.id = p.feed_id""";

	private static final TypeReference<List<String>> THEMES = new TypeReference<>() {
	};

	private final NamedParameterJdbcTemplate jdbc;

	private final ObjectMapper json;

	FederatedCatalogue(NamedParameterJdbcTemplate jdbc, ObjectMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	/** Every federated pilot, by installation, then title. */
	@Transactional(readOnly = true)
	public List<FederatedPilot> pilots() {
		return this.jdbc.query(SELECT + " order by f.name, f.id, p.title, p.reference", (row, n) -> pilot(row));
	}

	/** A federated pilot by its feed and its reference there. */
	@Transactional(readOnly = true)
	public Optional<FederatedPilot> find(long feedId, String reference) {
		return this.jdbc
			.query(SELECT + " where p.feed_id = :feed and p.reference = :reference",
					Map.of("feed", feedId, "reference", reference), (row, n) -> pilot(row))
			.stream()
			.findFirst();
	}

	private FederatedPilot pilot(ResultSet row) throws SQLException {
		String installationUrl = row.getString("installation_url");
		String reference = row.getString("reference");
		return new FederatedPilot(row.getLong("feed_id"), row.getString("installation"), installationUrl, reference,
				row.getString("organisation"), row.getString("title"), row.getString("problem"),
				row.getString("proposal"), themes(row.getString("themes")), row.getString("stage"),
				row.getString("lifecycle_stage"), row.getString("outcome"), row.getBigDecimal("estimated_cost"),
				row.getString("currency"), FederatedPilot.address(installationUrl, reference),
				row.getString("last_error") != null, Feeds.instant(row, "fetched_at"));
	}

	private List<String> themes(String text) {
		try {
			return this.json.readValue(text, THEMES);
		}
		catch (JsonProcessingException ex) {
			return List.of();
		}
	}

}
