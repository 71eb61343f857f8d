package org.civiclab.privacy;

import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;

/**
 * Rows as the download shows them: named in camel case whatever the database calls its
 * columns ("CREATED_AT" on H2, "created_at" on PostgreSQL become "createdAt"), times as
 * instants and dates as dates.
 */
final class Rows {

	static final RowMapper<Map<String, Object>> NAMED = Rows::row;

	private Rows() {
	}

	/** The parameters every statement of the records may name. */
	static MapSqlParameterSource parameters(DataSubject subject, Pseudonym pseudonym) {
		MapSqlParameterSource parameters = new MapSqlParameterSource().addValue("id", subject.id())
			.addValue("username", subject.username())
			.addValue("displayName", subject.displayName())
			.addValue("organisationId", subject.organisationId());
		if (pseudonym != null) {
			parameters.addValue("pseudonymUsername", pseudonym.username())
				.addValue("pseudonymName", pseudonym.displayName());
		}
		return parameters;
	}

	private static Map<String, Object> row(ResultSet rs, int number) throws SQLException {
		ResultSetMetaData meta = rs.getMetaData();
		Map<String, Object> row = new LinkedHashMap<>();
		for (int column = 1; column <= meta.getColumnCount(); column++) {
			row.put(camelCase(meta.getColumnLabel(column)), value(rs.getObject(column)));
		}
		return row;
	}

	private static Object value(Object value) {
		if (value instanceof Timestamp timestamp) {
			return timestamp.toInstant();
		}
		if (value instanceof OffsetDateTime time) {
			return time.toInstant();
		}
		if (value instanceof java.sql.Date date) {
			return date.toLocalDate();
		}
		return value;
	}

	static String camelCase(String column) {
		StringBuilder name = new StringBuilder();
		boolean upper = false;
		for (char c : column.toLowerCase(Locale.ROOT).toCharArray()) {
			if (c == '_') {
				upper = true;
			}
			else {
				name.append(upper ? Character.toUpperCase(c) : c);
				upper = false;
			}
		}
		return name.toString();
	}

}
