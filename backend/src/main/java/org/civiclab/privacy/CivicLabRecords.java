package org.civiclab.privacy;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * CivicLab's tables that name a person (by id or by username), one bean each
 * (docs/adr/0026). Rows that point at the person's id need no erasure statement: the
 * person's row itself becomes the pseudonym, so they name it from then on. A new table
 * with a person in it is one more bean here. The person's own row, the audit trail, the
 * free text, the sessions, the sign-in throttle and the engine have classes of their own.
 */
@Configuration(proxyBeanMethods = false)
class CivicLabRecords {

	@Bean
	PersonalRecords rolesRecords(NamedParameterJdbcTemplate jdbc) {
		return new SqlRecords(jdbc, "roles", "select role from person_role where person_id = :id order by role",
				"delete from person_role where person_id = :id");
	}

	@Bean
	PersonalRecords submittedIdeasRecords(NamedParameterJdbcTemplate jdbc) {
		return new SqlRecords(jdbc, "ideasSubmitted", """
				select id, reference, title, stage, created_at, submitted_at, ended_at
				from idea where submitter_id = :id order by id""");
	}

	@Bean
	PersonalRecords coAuthoredIdeasRecords(NamedParameterJdbcTemplate jdbc) {
		return new SqlRecords(jdbc, "ideasCoAuthored", """
				select i.id, i.reference, i.title, i.stage
				from idea_co_author c join idea i on i.id = c.idea_id where c.person_id = :id order by i.id""");
	}

	/**
	 * The lab lead who proposed scaling is kept by username: it becomes the pseudonym's.
	 */
	@Bean
	PersonalRecords scaleProposalsRecords(NamedParameterJdbcTemplate jdbc) {
		return new SqlRecords(jdbc, "scaleProposals",
				"select id, reference, title from idea where scale_proposed_by = :username order by id",
				"update idea set scale_proposed_by = :pseudonymUsername where scale_proposed_by = :username");
	}

	/**
	 * The challenges a lab lead or executive opened, and the residents' suggestions a lab
	 * lead moderated, kept by username: it becomes the pseudonym's
	 * (docs/adr/0040-challenges.md).
	 */
	@Bean
	PersonalRecords challengesOpenedRecords(NamedParameterJdbcTemplate jdbc) {
		return new SqlRecords(jdbc, "challengesOpened",
				"select id, title, created_at from challenge where created_by = :username order by id",
				"update challenge set created_by = :pseudonymUsername where created_by = :username");
	}

	@Bean
	PersonalRecords suggestionsModeratedRecords(NamedParameterJdbcTemplate jdbc) {
		return new SqlRecords(jdbc, "suggestionsModerated",
				"select id, challenge_id, status, moderated_at from suggestion where moderated_by = :username order by id",
				"update suggestion set moderated_by = :pseudonymUsername where moderated_by = :username");
	}

	@Bean
	PersonalRecords commentsRecords(NamedParameterJdbcTemplate jdbc) {
		return new SqlRecords(jdbc, "comments",
				"select id, idea_id, body, created_at from idea_comment where author_id = :id order by id");
	}

	@Bean
	PersonalRecords followingRecords(NamedParameterJdbcTemplate jdbc) {
		return new SqlRecords(jdbc, "following",
				"select idea_id, created_at from idea_follower where person_id = :id order by idea_id");
	}

	/** What the person was told of, and what they did that others were told of. */
	@Bean
	PersonalRecords notificationsRecords(NamedParameterJdbcTemplate jdbc) {
		return new SqlRecords(jdbc, "notifications",
				"select id, idea_id, kind, created_at, read_at from notification where person_id = :id order by id",
				"delete from notification where person_id = :id");
	}

	@Bean
	PersonalRecords notificationSettingsRecords(NamedParameterJdbcTemplate jdbc) {
		return new SqlRecords(jdbc, "notificationSettings", """
				select p.language, n.kind, n.delivery from person p left join notification_preference n
				on n.person_id = p.id where p.id = :id order by n.kind""",
				"delete from notification_preference where person_id = :id");
	}

	/** The mails sent to the person, with their address: removed with them. */
	@Bean
	PersonalRecords mailsRecords(NamedParameterJdbcTemplate jdbc) {
		return new SqlRecords(jdbc, "mails", """
				select id, recipient, subject, created_at, sent_at from outgoing_mail
				where person_id = :id order by id""", "delete from outgoing_mail where person_id = :id");
	}

	@Bean
	PersonalRecords supportsRecords(NamedParameterJdbcTemplate jdbc) {
		return new SqlRecords(jdbc, "supports",
				"select idea_id, created_at from idea_support where person_id = :id order by idea_id");
	}

	/** Immutable: kept as taken, naming the pseudonym after an erasure. */
	@Bean
	PersonalRecords gateDecisionsRecords(NamedParameterJdbcTemplate jdbc) {
		return new SqlRecords(jdbc, "gateDecisions", """
				select id, idea_id, gate, outcome, rationale, decided_as, decided_at
				from gate_decision where decided_by_id = :id order by id""");
	}

	/** Experiments name nobody; who recorded them is in the audit trail. */
	@Bean
	PersonalRecords experimentsRecords(NamedParameterJdbcTemplate jdbc) {
		return new SqlRecords(jdbc, "experimentsRecorded", """
				select e.id, e.idea_id, e.title, e.status, e.outcome from experiment e
				where e.id in (select a.record_id from audit_event a
				               where a.record_type = 'experiment' and a.actor = :username)
				order by e.id""");
	}

	@Bean
	PersonalRecords benefitMeasurementsRecords(NamedParameterJdbcTemplate jdbc) {
		return new SqlRecords(jdbc, "benefitMeasurements", """
				select id, impact_target_id, measured_on, measured_value, note, recorded_at
				from benefit_measurement where recorded_by_id = :id order by id""");
	}

	/**
	 * Their access tokens (never the token: only its hash is kept); gone with an erasure.
	 */
	@Bean
	PersonalRecords accessTokensRecords(NamedParameterJdbcTemplate jdbc) {
		return new SqlRecords(jdbc, "accessTokens", """
				select id, name, scope, created_at, expires_at, last_used_at, revoked_at
				from access_token where person_id = :id order by id""",
				"delete from access_token where person_id = :id");
	}

	/** What a directory told CivicLab of them (SCIM); gone with an erasure. */
	@Bean
	PersonalRecords directoryRecords(NamedParameterJdbcTemplate jdbc) {
		return new SqlRecords(jdbc, "directory",
				"select external_id, given_name, family_name, deleted_at from scim_user where person_id = :id",
				"delete from scim_user where person_id = :id");
	}

	/** An invitation link not yet used (only its hash is kept); gone with an erasure. */
	@Bean
	PersonalRecords invitationRecords(NamedParameterJdbcTemplate jdbc) {
		return new SqlRecords(jdbc, "invitation", "select created_at, expires_at from invitation where person_id = :id",
				"delete from invitation where person_id = :id");
	}

}
