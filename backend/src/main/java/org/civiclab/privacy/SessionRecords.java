package org.civiclab.privacy;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.civiclab.people.SignInThrottleKeys;
import org.civiclab.people.SignedInSessions;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The person's sessions (Spring Session's tables, docs/adr/0016) and their row in the
 * sign-in throttle (keyed by a hash of the username, docs/adr/0011). The download shows a
 * session's id masked (it is a credential) and its times; an erasure ends the sessions on
 * every node and forgets the throttle row. The throttle's rows per username and address
 * cannot be found without the address; they hold no username and expire.
 */
@Component
class SessionRecords implements PersonalRecords {

	private final NamedParameterJdbcTemplate jdbc;

	private final SignedInSessions sessions;

	SessionRecords(NamedParameterJdbcTemplate jdbc, SignedInSessions sessions) {
		this.jdbc = jdbc;
		this.sessions = sessions;
	}

	@Override
	public String name() {
		return "sessionsAndSignIns";
	}

	@Override
	public List<Map<String, Object>> of(DataSubject subject) {
		List<Map<String, Object>> rows = new java.util.ArrayList<>(this.jdbc.query(
				"select session_id, creation_time, last_access_time, expiry_time from spring_session"
						+ " where principal_name = :username order by creation_time",
				new MapSqlParameterSource("username", subject.username()), (rs, n) -> {
					Map<String, Object> row = new LinkedHashMap<>();
					row.put("kind", "session");
					row.put("sessionId", rs.getString("session_id").substring(0, 4) + "…");
					row.put("createdAt", Instant.ofEpochMilli(rs.getLong("creation_time")));
					row.put("lastAccessedAt", Instant.ofEpochMilli(rs.getLong("last_access_time")));
					row.put("expiresAt", Instant.ofEpochMilli(rs.getLong("expiry_time")));
					return row;
				}));
		rows.addAll(this.jdbc.query(
				"select failures, window_ends, blocked_until from sign_in_throttle where throttle_key = :key",
				new MapSqlParameterSource("key", SignInThrottleKeys.ofUser(subject.username())), (rs, n) -> {
					Map<String, Object> row = new LinkedHashMap<>();
					row.put("kind", "failedSignIns");
					row.put("failures", rs.getInt("failures"));
					row.put("countedUntil", Instant.ofEpochMilli(rs.getLong("window_ends")));
					row.put("blockedUntil", Instant.ofEpochMilli(rs.getLong("blocked_until")));
					return row;
				}));
		return rows;
	}

	@Override
	public void pseudonymise(DataSubject subject, Pseudonym pseudonym) {
		this.sessions.endAllOf(subject.username());
		MapSqlParameterSource parameters = new MapSqlParameterSource("username", subject.username()).addValue("key",
				SignInThrottleKeys.ofUser(subject.username()));
		this.jdbc.update("delete from spring_session where principal_name = :username", parameters);
		this.jdbc.update("delete from sign_in_throttle where throttle_key = :key", parameters);
	}

}
