package org.civiclab.webhook;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import org.civiclab.idea.IdeaEvent;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.lang.Nullable;
import org.springframework.stereotype.Repository;

/**
 * The outbox of webhook deliveries (table {@code webhook_delivery}): written in the
 * transaction of the event, claimed by one node at a time with a conditional update, then
 * marked delivered, retried later or given up.
 */
@Repository
class WebhookDeliveries {

	/**
	 * A delivery in the admin's log.
	 *
	 * @param id the delivery (its {@code X-CivicLab-Delivery}), the same on every attempt
	 * @param event the kind of event sent
	 * @param ideaId the idea it is about
	 * @param ideaReference the idea's reference
	 * @param attempts how many times it was sent
	 * @param lastStatus the HTTP status of the last attempt; null if none answered
	 * @param lastError what went wrong at the last attempt; null if it was delivered
	 * @param createdAt when the event happened and the delivery was written
	 * @param deliveredAt when a 2xx answer took it; null until then
	 * @param nextAttemptAt when it is tried next; null once delivered or given up
	 * @param gaveUpAt when it was given up after its last attempt; null if not
	 */
	record DeliveryView(String id, IdeaEvent.Kind event, long ideaId, String ideaReference, int attempts,
			@Nullable Integer lastStatus, @Nullable String lastError, Instant createdAt, @Nullable Instant deliveredAt,
			@Nullable Instant nextAttemptAt, @Nullable Instant gaveUpAt) {
	}

	/** A claimed delivery, what its sender needs. */
	record Due(String id, long webhookId, String event, String payload, int attempts) {
	}

	private final NamedParameterJdbcTemplate jdbc;

	WebhookDeliveries(NamedParameterJdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	void add(String id, long webhookId, String event, long ideaId, String ideaReference, String payload, Instant now) {
		this.jdbc.update("""
				insert into webhook_delivery (id, webhook_id, event, idea_id, idea_reference, payload, created_at,
				attempts, next_attempt_at) values (:id, :webhook, :event, :idea, :reference, :payload, :now, 0, :now)
				""",
				new MapSqlParameterSource().addValue("id", id)
					.addValue("webhook", webhookId)
					.addValue("event", event)
					.addValue("idea", ideaId)
					.addValue("reference", ideaReference)
					.addValue("payload", payload)
					.addValue("now", at(now)));
	}

	/**
	 * The ids of deliveries due now and not held by a node, the longest waiting first.
	 */
	List<String> due(Instant now, int limit) {
		return this.jdbc.queryForList("""
				select id from webhook_delivery where next_attempt_at <= :now and delivered_at is null
				and gave_up_at is null and (claimed_until is null or claimed_until < :now)
				order by next_attempt_at, id fetch first %d rows only""".formatted(limit), Map.of("now", at(now)),
				String.class);
	}

	/**
	 * Claims a delivery until then: true for exactly one of the nodes that try at once
	 * (the update is conditional on nobody holding it).
	 */
	boolean claim(String id, Instant now, Instant until) {
		return this.jdbc.update("""
				update webhook_delivery set claimed_until = :until where id = :id and delivered_at is null
				and gave_up_at is null and (claimed_until is null or claimed_until < :now)""",
				Map.of("id", id, "now", at(now), "until", at(until))) == 1;
	}

	@Nullable
	Due claimed(String id) {
		return this.jdbc
			.query("select id, webhook_id, event, payload, attempts from webhook_delivery where id = :id",
					Map.of("id", id),
					(row, i) -> new Due(row.getString("id"), row.getLong("webhook_id"), row.getString("event"),
							row.getString("payload"), row.getInt("attempts")))
			.stream()
			.findFirst()
			.orElse(null);
	}

	void delivered(String id, int status, Instant at) {
		this.jdbc.update("""
				update webhook_delivery set attempts = attempts + 1, last_status = :status, last_error = null,
				delivered_at = :at, next_attempt_at = null, claimed_until = null where id = :id""",
				Map.of("id", id, "status", status, "at", at(at)));
	}

	/**
	 * Counts a failed attempt; the next one then, or none ({@code next} null: given up).
	 */
	void failed(String id, @Nullable Integer status, String error, @Nullable Instant next, Instant now) {
		this.jdbc.update("""
				update webhook_delivery set attempts = attempts + 1, last_status = :status, last_error = :error,
				next_attempt_at = :next, gave_up_at = :gaveUp, claimed_until = null where id = :id""",
				new MapSqlParameterSource().addValue("id", id)
					.addValue("status", status, Types.INTEGER)
					.addValue("error", (error.length() > 500) ? error.substring(0, 500) : error)
					.addValue("next", (next != null) ? at(next) : null, Types.TIMESTAMP_WITH_TIMEZONE)
					.addValue("gaveUp", (next == null) ? at(now) : null, Types.TIMESTAMP_WITH_TIMEZONE));
	}

	/** A webhook's last deliveries, the newest first. */
	List<DeliveryView> recent(long webhookId, int limit) {
		return this.jdbc.query("""
				select id, event, idea_id, idea_reference, attempts, last_status, last_error, created_at,
				delivered_at, next_attempt_at, gave_up_at from webhook_delivery where webhook_id = :webhook
				order by created_at desc, id fetch first %d rows only""".formatted(limit), Map.of("webhook", webhookId),
				(row, i) -> new DeliveryView(row.getString("id"), IdeaEvent.Kind.valueOf(row.getString("event")),
						row.getLong("idea_id"), row.getString("idea_reference"), row.getInt("attempts"),
						(Integer) row.getObject("last_status", Integer.class), row.getString("last_error"),
						instant(row, "created_at"), instant(row, "delivered_at"), instant(row, "next_attempt_at"),
						instant(row, "gave_up_at")));
	}

	private static OffsetDateTime at(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

	@Nullable
	private static Instant instant(ResultSet row, String column) throws SQLException {
		OffsetDateTime value = row.getObject(column, OffsetDateTime.class);
		return (value != null) ? value.toInstant() : null;
	}

}
