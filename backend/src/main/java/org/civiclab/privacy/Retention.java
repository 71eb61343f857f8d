package org.civiclab.privacy;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The personal data of ended ideas, pseudonymised once they ended longer ago than
 * {@code civiclab.privacy.retention} (five years unless told): every night, each such
 * idea's comment authors and supporters are moved onto pseudonyms of their own, one per
 * person and idea, and the audit events of those comments and supports name the pseudonym
 * (docs/adr/0026). Each idea in a transaction of its own, claimed by a row in
 * {@code personal_data_retention} first: run twice, or on several nodes at once, an idea
 * is done once.
 */
@Component
class Retention {

	private static final Logger log = LoggerFactory.getLogger(Retention.class);

	private static final String PARTICIPANTS = """
			select p.id, p.username, p.organisation_id from person p
			where p.erased_at is null and (
			      p.id in (select c.author_id from idea_comment c where c.idea_id = :idea)
			   or p.id in (select s.person_id from idea_support s where s.idea_id = :idea))
			order by p.id""";

	private final NamedParameterJdbcTemplate jdbc;

	private final TransactionTemplate transactions;

	private final Period retention;

	Retention(NamedParameterJdbcTemplate jdbc, TransactionTemplate transactions,
			@Value("${civiclab.privacy.retention:P5Y}") String retention) {
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.retention = Period.parse(retention);
	}

	@Scheduled(cron = "${civiclab.privacy.retention-cron:0 40 3 * * *}")
	void nightly() {
		int done = pseudonymiseEndedBefore(Instant.now().atOffset(ZoneOffset.UTC).minus(this.retention).toInstant());
		log.info("Retention: pseudonymised the participants of {} ideas that ended more than {} ago", done,
				this.retention);
	}

	/** Pseudonymises the ideas that ended before this instant; how many it did now. */
	int pseudonymiseEndedBefore(Instant cutoff) {
		List<Long> ideas = this.jdbc.queryForList("""
				select i.id from idea i where i.ended_at < :cutoff
				and not exists (select 1 from personal_data_retention r where r.idea_id = i.id) order by i.id""",
				new MapSqlParameterSource("cutoff", Timestamp.from(cutoff)), Long.class);
		int done = 0;
		for (Long idea : ideas) {
			try {
				if (Boolean.TRUE.equals(this.transactions.execute((status) -> pseudonymise(idea)))) {
					done++;
				}
			}
			catch (DataIntegrityViolationException ex) {
				log.debug("Idea {} was claimed by another node", idea);
			}
		}
		return done;
	}

	private boolean pseudonymise(Long idea) {
		MapSqlParameterSource parameters = new MapSqlParameterSource("idea", idea).addValue("now",
				Timestamp.from(Instant.now()));
		this.jdbc.update("insert into personal_data_retention (idea_id, pseudonymised_at) values (:idea, :now)",
				parameters);
		this.jdbc
			.query(PARTICIPANTS, parameters,
					(rs, n) -> new DataSubject(rs.getLong("id"), rs.getString("username"), null, null,
							rs.getLong("organisation_id")))
			.forEach((person) -> moveOntoPseudonym(idea, person));
		return true;
	}

	private void moveOntoPseudonym(Long idea, DataSubject person) {
		Pseudonym pseudonym = Pseudonym.fresh();
		MapSqlParameterSource parameters = Rows.parameters(person, pseudonym)
			.addValue("idea", idea)
			.addValue("now", Timestamp.from(Instant.now()));
		this.jdbc.update("""
				insert into person (username, password_hash, display_name, organisation_id, enabled,
				                    public_name_consent, provisioned_by, erased_at)
				values (:pseudonymUsername, '', :pseudonymName, :organisationId, false, false, 'LOCAL', :now)""",
				parameters);
		parameters.addValue("shadow", this.jdbc
			.queryForObject("select id from person where username = :pseudonymUsername", parameters, Long.class));
		this.jdbc.update("update idea_comment set author_id = :shadow where idea_id = :idea and author_id = :id",
				parameters);
		this.jdbc.update("update idea_support set person_id = :shadow where idea_id = :idea and person_id = :id",
				parameters);
		this.jdbc.update("""
				update audit_event set actor = :pseudonymUsername
				where idea_id = :idea and actor = :username
				  and action in ('COMMENT_ADDED', 'SUPPORT_GIVEN', 'SUPPORT_WITHDRAWN')""", parameters);
	}

}
