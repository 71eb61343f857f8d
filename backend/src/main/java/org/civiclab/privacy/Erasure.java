package org.civiclab.privacy;

import java.time.Instant;
import java.util.List;

import org.civiclab.audit.AuditLog;
import org.civiclab.people.Administration;
import org.civiclab.people.CurrentUser;
import org.civiclab.web.Problems;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An admin erases a person who left (GDPR art. 17): in one transaction their sessions
 * end, every record forgets them or names the pseudonym, and their own row becomes the
 * pseudonym — deactivated, without e-mail, department, roles or password. Gate decisions
 * stay as taken and name the pseudonym. The erasure is audited without any of the
 * person's data (docs/adr/0026).
 */
@Service
class Erasure {

	/** The audit trail's name for an erasure. */
	static final String ERASED = "PERSON_ERASED";

	private final PersonalData data;

	private final TextMentions texts;

	private final NamedParameterJdbcTemplate jdbc;

	private final AuditLog audit;

	Erasure(PersonalData data, TextMentions texts, NamedParameterJdbcTemplate jdbc, AuditLog audit) {
		this.data = data;
		this.texts = texts;
		this.jdbc = jdbc;
		this.audit = audit;
	}

	/** What the admin sees after an erasure. */
	record Erased(Long personId, String pseudonym, String pseudonymUsername, Instant erasedAt) {
	}

	/** A person an admin may erase, for choosing one. */
	record Erasable(Long id, String username, String displayName, String organisation, boolean active) {
	}

	@Transactional
	Erased erase(CurrentUser admin, Long personId, String confirmation) {
		DataSubject subject = this.data.subject(personId)
			.filter((person) -> Administration.administers(admin, person.organisationId()))
			.orElseThrow(() -> Problems.notFound("person.not-found", personId));
		if (confirmation == null || !confirmation.equals(subject.username())) {
			throw Problems.invalid("confirmUsername", "erasure.confirm-username");
		}
		if (subject.id().equals(admin.id())) {
			throw Problems.conflict("erasure.self");
		}
		Pseudonym pseudonym = Pseudonym.fresh();
		this.data.records().forEach((records) -> records.pseudonymise(subject, pseudonym));
		this.texts.pseudonymise(subject, pseudonym);
		Instant now = Instant.now();
		this.jdbc.update("""
				update person set username = :pseudonymUsername, display_name = :pseudonymName, email = null,
				       department = null, password_hash = '', enabled = false, public_name_consent = false,
				       erased_at = :now
				where id = :id""", Rows.parameters(subject, pseudonym).addValue("now", java.sql.Timestamp.from(now)));
		this.audit.record(admin.username(), ERASED, "person", personId, null, "Now " + pseudonym.displayName());
		return new Erased(personId, pseudonym.displayName(), pseudonym.username(), now);
	}

	/** The people this admin administers who have not been erased. */
	@Transactional(readOnly = true)
	List<Erasable> erasable(CurrentUser admin) {
		return this.jdbc
			.query("""
					select p.id, p.username, p.display_name, o.name as organisation, p.enabled, p.organisation_id
					from person p join organisation o on o.id = p.organisation_id
					where p.erased_at is null order by o.name, p.display_name, p.id""", new MapSqlParameterSource(),
					(rs, n) -> Administration.administers(admin, rs.getLong("organisation_id"))
							? new Erasable(rs.getLong("id"), rs.getString("username"), rs.getString("display_name"),
									rs.getString("organisation"), rs.getBoolean("enabled"))
							: null)
			.stream()
			.filter(java.util.Objects::nonNull)
			.toList();
	}

}
