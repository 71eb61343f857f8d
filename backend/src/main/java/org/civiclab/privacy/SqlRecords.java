package org.civiclab.privacy;

import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * A table's personal data, said in SQL: one query for the download and the statements of
 * an erasure (none where the row points at the person, whose own row becomes the
 * pseudonym). Statements name {@code :id}, {@code :username}, {@code :displayName},
 * {@code :organisationId}, {@code :pseudonymUsername} and {@code :pseudonymName}.
 */
final class SqlRecords implements PersonalRecords {

	private final NamedParameterJdbcTemplate jdbc;

	private final String name;

	private final String query;

	private final List<String> erasure;

	SqlRecords(NamedParameterJdbcTemplate jdbc, String name, String query, String... erasure) {
		this.jdbc = jdbc;
		this.name = name;
		this.query = query;
		this.erasure = List.of(erasure);
	}

	@Override
	public String name() {
		return this.name;
	}

	@Override
	public List<Map<String, Object>> of(DataSubject subject) {
		return this.jdbc.query(this.query, Rows.parameters(subject, null), Rows.NAMED);
	}

	@Override
	public void pseudonymise(DataSubject subject, Pseudonym pseudonym) {
		for (String statement : this.erasure) {
			this.jdbc.update(statement, Rows.parameters(subject, pseudonym));
		}
	}

}
