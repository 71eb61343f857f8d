package org.civiclab.federation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.lang.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The feeds and the pilots last read from each (V18): a successful fetch replaces a
 * feed's pilots in one transaction; a failed one leaves them and says why.
 */
@Component
class Feeds {

	private final NamedParameterJdbcTemplate jdbc;

	private final ObjectMapper json;

	Feeds(NamedParameterJdbcTemplate jdbc, ObjectMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	/** A feed as it is kept: its last attempt failed if {@code lastError} is set. */
	record Feed(long id, String name, String url, Instant createdAt, @Nullable Instant lastAttemptAt,
			@Nullable Instant lastSuccessAt, @Nullable String lastError) {

		boolean stale() {
			return this.lastSuccessAt == null || this.lastError != null;
		}

	}

	List<Feed> all() {
		return this.jdbc.query("select * from federation_feed order by name, id", (row, n) -> feed(row));
	}

	Optional<Feed> find(long id) {
		return this.jdbc.query("select * from federation_feed where id = :id", Map.of("id", id), (row, n) -> feed(row))
			.stream()
			.findFirst();
	}

	boolean exists(String url) {
		return !this.jdbc
			.queryForList("select id from federation_feed where url = :url", Map.of("url", url), Long.class)
			.isEmpty();
	}

	long add(String name, String url, Instant now) {
		GeneratedKeyHolder key = new GeneratedKeyHolder();
		SqlParameterSource values = new MapSqlParameterSource(Map.of("name", name, "url", url, "now", at(now)));
		this.jdbc.update("insert into federation_feed (name, url, created_at) values (:name, :url, :now)", values, key,
				new String[] { "id" });
		return key.getKey().longValue();
	}

	boolean delete(long id) {
		return this.jdbc.update("delete from federation_feed where id = :id", Map.of("id", id)) > 0;
	}

	/** The feeds whose last attempt is older than this, or that were never read. */
	List<Long> due(Instant attemptedBefore) {
		return this.jdbc.queryForList("""
				select id from federation_feed where last_attempt_at is null or last_attempt_at < :before
				order by id""", Map.of("before", at(attemptedBefore)), Long.class);
	}

	/** Claims a feed for this node until then, if no other node holds it. */
	boolean claim(long id, Instant now, Instant until) {
		return this.jdbc.update("""
				update federation_feed set claimed_until = :until
				where id = :id and (claimed_until is null or claimed_until < :now)""",
				Map.of("id", id, "now", at(now), "until", at(until))) == 1;
	}

	@Transactional
	void succeeded(long id, List<RemotePilot> pilots, Instant now) {
		this.jdbc.update("delete from federated_pilot where feed_id = :id", Map.of("id", id));
		for (RemotePilot pilot : pilots) {
			Map<String, Object> values = new HashMap<>();
			values.put("feed", id);
			values.put("reference", pilot.reference());
			values.put("organisation", pilot.organisation());
			values.put("title", pilot.title());
			values.put("problem", pilot.problem());
			values.put("proposal", pilot.proposal());
			values.put("themes", themes(pilot.themes()));
			values.put("stage", pilot.stage());
			values.put("lifecycle", pilot.lifecycleStage());
			values.put("outcome", pilot.outcome());
			values.put("cost", pilot.estimatedCost());
			values.put("currency", pilot.currency());
			values.put("now", at(now));
			this.jdbc.update("""
					insert into federated_pilot (feed_id, reference, organisation, title, problem, proposal, themes,
					    stage, lifecycle_stage, outcome, estimated_cost, currency, fetched_at)
					values (:feed, :reference, :organisation, :title, :problem, :proposal, :themes, :stage, :lifecycle,
					    :outcome, :cost, :currency, :now)""", values);
		}
		this.jdbc.update("""
				update federation_feed set last_attempt_at = :now, last_success_at = :now, last_error = null,
				claimed_until = null where id = :id""", Map.of("id", id, "now", at(now)));
	}

	void failed(long id, String error, Instant now) {
		this.jdbc.update("""
				update federation_feed set last_attempt_at = :now, last_error = :error, claimed_until = null
				where id = :id""", Map.of("id", id, "now", at(now), "error", error));
	}

	/** How many pilots each feed holds. */
	Map<Long, Integer> counts() {
		Map<Long, Integer> counts = new HashMap<>();
		this.jdbc.query("select feed_id, count(*) as pilots from federated_pilot group by feed_id", Map.of(),
				(RowCallbackHandler) (row) -> counts.put(row.getLong("feed_id"), row.getInt("pilots")));
		return counts;
	}

	String themes(List<String> themes) {
		try {
			return this.json.writeValueAsString(themes);
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException("Cannot write themes", ex);
		}
	}

	static OffsetDateTime at(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

	@Nullable
	static Instant instant(ResultSet row, String column) throws SQLException {
		OffsetDateTime value = row.getObject(column, OffsetDateTime.class);
		return (value != null) ? value.toInstant() : null;
	}

	private static Feed feed(ResultSet row) throws SQLException {
		return new Feed(row.getLong("id"), row.getString("name"), row.getString("url"), instant(row, "created_at"),
				instant(row, "last_attempt_at"), instant(row, "last_success_at"), row.getString("last_error"));
	}

}
