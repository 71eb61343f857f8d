package org.civiclab.challenge;

import java.time.Instant;
import java.time.ZoneOffset;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.civiclab.audit.AuditLog;
import org.civiclab.challenge.Citizens.TokenKind;
import org.civiclab.notification.CitizenMails;
import org.civiclab.web.Problems;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Erases a resident's data: by the link in any of their mails, or once the retention
 * period ({@code civiclab.citizens.retention}) has passed since they first took part.
 * Their address and name go, with every mail to them and every link; the suggestions they
 * confirmed keep their text without a name, an idea made of one no longer credits them,
 * and their confirmed supports keep being counted through a row that names nobody
 * (docs/adr/0040-challenges.md).
 */
@Service
class CitizenErasure {

	private static final Logger log = LoggerFactory.getLogger(CitizenErasure.class);

	private final Citizens citizens;

	private final CitizenMails mails;

	private final JdbcTemplate jdbc;

	private final AuditLog audit;

	private final CitizenProperties properties;

	private final CitizenThrottle throttle;

	private final TransactionTemplate transactions;

	CitizenErasure(Citizens citizens, CitizenMails mails, JdbcTemplate jdbc, AuditLog audit,
			CitizenProperties properties, CitizenThrottle throttle, TransactionTemplate transactions) {
		this.citizens = citizens;
		this.mails = mails;
		this.jdbc = jdbc;
		this.audit = audit;
		this.properties = properties;
		this.throttle = throttle;
		this.transactions = transactions;
	}

	/** The erasure link of a mail. */
	@Transactional
	void byLink(String token) {
		Long citizenId = this.citizens.token(token)
			.filter((found) -> found.kind() == TokenKind.ERASURE)
			.orElseThrow(() -> Problems.notFound("citizen.link-unknown"))
			.citizenId();
		erase(citizenId);
		this.audit.record(AuditLog.SYSTEM, "CITIZEN_ERASED", "citizen", citizenId, null, "by their link");
	}

	/** Every night: the residents who first took part longer ago than the retention. */
	@Scheduled(cron = "${civiclab.citizens.retention-cron:0 45 3 * * *}")
	void nightly() {
		int erased = eraseBefore(Instant.now().atOffset(ZoneOffset.UTC).minus(this.properties.retention()).toInstant());
		this.throttle.forgetEnded();
		log.info("Retention: erased the data of {} residents who took part more than {} ago", erased,
				this.properties.retention());
	}

	/**
	 * Erases each resident who came before the cutoff, each in a transaction of its own.
	 */
	int eraseBefore(Instant cutoff) {
		int erased = 0;
		for (Long citizenId : this.citizens.before(cutoff)) {
			this.transactions.executeWithoutResult((status) -> {
				erase(citizenId);
				this.audit.record(AuditLog.SYSTEM, "CITIZEN_ERASED", "citizen", citizenId, null, "retention");
			});
			erased++;
		}
		return erased;
	}

	private void erase(Long citizenId) {
		this.jdbc.update("""
				update idea set credit = null where id in
				(select s.idea_id from suggestion s where s.citizen_id = ? and s.idea_id is not null)""", citizenId);
		this.jdbc.update("update suggestion set author_name = null, credit = false where citizen_id = ?", citizenId);
		this.jdbc.update("delete from suggestion_support where citizen_id = ? and confirmed_at is null", citizenId);
		this.citizens.erase(citizenId).ifPresent(this.mails::forget);
		this.jdbc.update("""
				delete from suggestion_support where suggestion_id in
				(select id from suggestion where citizen_id = ? and status = 'UNCONFIRMED')""", citizenId);
		this.jdbc.update("delete from suggestion where citizen_id = ? and status = 'UNCONFIRMED'", citizenId);
	}

}
