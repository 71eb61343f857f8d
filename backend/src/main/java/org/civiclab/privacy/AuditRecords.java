package org.civiclab.privacy;

import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The audit trail by the person (actor) or about them (named in the details, e.g. as a
 * co-author). An erasure is the one change the trail ever sees: the actor becomes the
 * pseudonym's username, and mentions in the details the pseudonym's name; what was done,
 * when and to which record stays (docs/adr/0026).
 */
@Component
class AuditRecords implements PersonalRecords {

	private static final String CANDIDATES = """
			select id, occurred_at, actor, action, record_type, record_id, idea_id, details from audit_event
			where lower(actor) = lower(:username) or lower(details) like :usernameLike escape '\\'
			   or lower(details) like :nameLike escape '\\' or lower(details) like :emailLike escape '\\'
			order by id""";

	private final NamedParameterJdbcTemplate jdbc;

	AuditRecords(NamedParameterJdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public String name() {
		return "auditEvents";
	}

	@Override
	public List<Map<String, Object>> of(DataSubject subject) {
		Mentions mentions = new Mentions(subject);
		return candidates(subject).stream()
			.filter((row) -> subject.username().equalsIgnoreCase((String) row.get("actor"))
					|| mentions.in((String) row.get("details")))
			.toList();
	}

	@Override
	public void pseudonymise(DataSubject subject, Pseudonym pseudonym) {
		Mentions mentions = new Mentions(subject);
		for (Map<String, Object> row : candidates(subject)) {
			String actor = (String) row.get("actor");
			String details = (String) row.get("details");
			this.jdbc.update("update audit_event set actor = :actor, details = :details where id = :id",
					new MapSqlParameterSource("id", row.get("id"))
						.addValue("actor", subject.username().equalsIgnoreCase(actor) ? pseudonym.username() : actor)
						.addValue("details", mentions.replacedIn(details, pseudonym)));
		}
	}

	private List<Map<String, Object>> candidates(DataSubject subject) {
		String email = (subject.email() != null && !subject.email().isBlank()) ? subject.email() : subject.username();
		return this.jdbc.query(CANDIDATES,
				new MapSqlParameterSource("username", subject.username())
					.addValue("usernameLike", Mentions.like(subject.username()))
					.addValue("nameLike", Mentions.like(subject.displayName()))
					.addValue("emailLike", Mentions.like(email)),
				Rows.NAMED);
	}

}
