package org.civiclab.notification;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The mail outbox. A mail is queued in the transaction of what caused it and sent after
 * the commit by whichever node claims it first, so that it is sent once however many
 * nodes run; while the mail server is down it is retried with back-off. Without a mail
 * server ({@code spring.mail.host} unset, as in the demo) each mail is written to
 * {@code <data-dir>/mail/} as an .eml file, and the log says where.
 */
@Component
class MailOutbox {

	private static final Logger log = LoggerFactory.getLogger(MailOutbox.class);

	/** How long a node may take to send a mail it claimed before another may. */
	private static final Duration CLAIM = Duration.ofMinutes(2);

	private static final Duration LONGEST_WAIT = Duration.ofHours(1);

	private final JdbcTemplate jdbc;

	private final ObjectProvider<JavaMailSender> mailServer;

	private final String from;

	private final Backoff backoff;

	private final Path folder;

	private final AtomicBoolean toldWhereMailsGo = new AtomicBoolean();

	MailOutbox(JdbcTemplate jdbc, ObjectProvider<JavaMailSender> mailServer,
			@Value("${civiclab.mail.from}") String from, @Value("${civiclab.mail.retry-after}") Duration retryAfter,
			@Value("${civiclab.data-dir}") Path dataDir) {
		this.jdbc = jdbc;
		this.mailServer = mailServer;
		this.from = from;
		this.backoff = new Backoff(retryAfter, LONGEST_WAIT);
		this.folder = dataDir.resolve("mail");
	}

	@Transactional(propagation = Propagation.MANDATORY)
	void queue(Mail mail) {
		Timestamp now = Timestamp.from(Instant.now());
		this.jdbc.update(
				"""
						insert into outgoing_mail (person_id, recipient, subject, text_body, html_body, created_at, next_attempt_at)
						values (?, ?, ?, ?, ?, ?, ?)""",
				mail.personId(), mail.recipient(), mail.subject(), mail.text(), mail.html(), now, now);
	}

	/** Sends what is due; each mail by the one node that claims it. How many it sent. */
	@Scheduled(fixedDelayString = "${civiclab.mail.poll-interval}",
			initialDelayString = "${civiclab.mail.poll-interval}")
	int sendDue() {
		Instant now = Instant.now();
		List<Long> due = this.jdbc.queryForList("""
				select id from outgoing_mail where sent_at is null and next_attempt_at <= ?
				and (claimed_until is null or claimed_until < ?) order by id fetch first 50 rows only""", Long.class,
				Timestamp.from(now), Timestamp.from(now));
		int sent = 0;
		for (Long id : due) {
			if (claim(id) && send(id)) {
				sent++;
			}
		}
		return sent;
	}

	private boolean claim(Long id) {
		Instant now = Instant.now();
		return this.jdbc.update("""
				update outgoing_mail set claimed_until = ? where id = ? and sent_at is null
				and (claimed_until is null or claimed_until < ?)""", Timestamp.from(now.plus(CLAIM)), id,
				Timestamp.from(now)) == 1;
	}

	private boolean send(Long id) {
		Queued mail = this.jdbc.queryForObject(
				"select recipient, subject, text_body, html_body, attempts from outgoing_mail where id = ?",
				(row, n) -> new Queued(row.getString(1), row.getString(2), row.getString(3), row.getString(4),
						row.getInt(5)),
				id);
		try {
			deliver(id, mail);
			this.jdbc.update(
					"update outgoing_mail set sent_at = ?, attempts = attempts + 1, claimed_until = null where id = ?",
					Timestamp.from(Instant.now()), id);
			return true;
		}
		catch (MailException | MessagingException | IOException ex) {
			Duration wait = this.backoff.after(mail.attempts() + 1);
			log.warn("Mail {} to the mail server failed (attempt {}), tried again in {}: {}", id, mail.attempts() + 1,
					wait, ex.getMessage());
			this.jdbc.update("""
					update outgoing_mail set attempts = attempts + 1, next_attempt_at = ?, claimed_until = null,
					last_error = ? where id = ?""", Timestamp.from(Instant.now().plus(wait)),
					cut(String.valueOf(ex.getMessage()), 1000), id);
			return false;
		}
	}

	private void deliver(Long id, Queued mail) throws MessagingException, IOException {
		JavaMailSender server = this.mailServer.getIfAvailable();
		if (server instanceof JavaMailSenderImpl configured
				&& (configured.getHost() == null || configured.getHost().isBlank())) {
			// spring.mail.host given empty (as docker/compose.yaml passes it when unset).
			server = null;
		}
		MimeMessage message = ((server != null) ? server : new JavaMailSenderImpl()).createMimeMessage();
		MimeMessageHelper helper = new MimeMessageHelper(message, true, "UTF-8");
		helper.setFrom(this.from);
		helper.setTo(mail.recipient());
		helper.setSubject(mail.subject());
		helper.setText(mail.text(), mail.html());
		// The outbox's id: a receiver (and the tests) can tell a mail sent twice.
		message.setHeader("X-CivicLab-Mail", id.toString());
		if (server != null) {
			server.send(message);
			return;
		}
		Files.createDirectories(this.folder);
		Path file = this.folder.resolve("mail-" + id + ".eml");
		try (OutputStream out = Files.newOutputStream(file)) {
			message.writeTo(out);
		}
		if (this.toldWhereMailsGo.compareAndSet(false, true)) {
			log.info("No mail server is configured (spring.mail.host): mails are written to {} (README, Mail)",
					this.folder.toAbsolutePath());
		}
		log.debug("Mail {} to {} written to {}", id, mail.recipient(), file.toAbsolutePath());
	}

	/**
	 * Forgets the mails sent more than a month ago, nightly on every node (the delete is
	 * idempotent): the outbox is not an archive.
	 */
	@Scheduled(cron = "${civiclab.mail.cleanup-cron:0 50 3 * * *}")
	int forgetSent() {
		return this.jdbc.update("delete from outgoing_mail where sent_at < ?",
				Timestamp.from(Instant.now().minus(Duration.ofDays(30))));
	}

	private static String cut(String text, int length) {
		return (text.length() > length) ? text.substring(0, length) : text;
	}

	private record Queued(String recipient, String subject, String text, String html, int attempts) {
	}

}
