package org.civiclab.privacy;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Everything CivicLab holds about a person (GDPR art. 15 and 20): their own record and
 * what every {@link PersonalRecords} holds about them.
 */
@Service
class PersonalData {

	static final String PERSON = """
			select p.id, p.username, p.display_name, p.email, p.department, p.enabled as active,
			       p.provisioned_by, p.public_name_consent, p.organisation_id, o.name as organisation
			from person p join organisation o on o.id = p.organisation_id where p.id = :id""";

	private final NamedParameterJdbcTemplate jdbc;

	private final List<PersonalRecords> records;

	PersonalData(NamedParameterJdbcTemplate jdbc, List<PersonalRecords> records) {
		this.jdbc = jdbc;
		this.records = records;
	}

	/** The download: the person without their password hash, and every record. */
	record Download(Instant exportedAt, Map<String, Object> person, Map<String, List<Map<String, Object>>> records) {
	}

	@Transactional(readOnly = true)
	Download of(Long personId) {
		Map<String, Object> person = this.jdbc.queryForObject(PERSON, new MapSqlParameterSource("id", personId),
				Rows.NAMED);
		DataSubject subject = subject(personId).orElseThrow();
		Map<String, List<Map<String, Object>>> found = new LinkedHashMap<>();
		this.records.stream()
			.sorted(java.util.Comparator.comparing(PersonalRecords::name))
			.forEach((kind) -> found.put(kind.name(), kind.of(subject)));
		return new Download(Instant.now(), person, found);
	}

	/** The person, unless there is none by this id or they were erased. */
	Optional<DataSubject> subject(Long personId) {
		return this.jdbc
			.query("select id, username, display_name, email, organisation_id from person"
					+ " where id = :id and erased_at is null", new MapSqlParameterSource("id", personId),
					(rs, n) -> new DataSubject(rs.getLong("id"), rs.getString("username"), rs.getString("display_name"),
							rs.getString("email"), rs.getLong("organisation_id")))
			.stream()
			.findFirst();
	}

	List<PersonalRecords> records() {
		return this.records;
	}

}
