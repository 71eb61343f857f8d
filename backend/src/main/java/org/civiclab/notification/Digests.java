package org.civiclab.notification;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.civiclab.idea.IdeaEvent.Kind;
import org.civiclab.people.Person;
import org.civiclab.people.PersonRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The daily and weekly digests: one mail per person with the items that waited for it.
 * Each period is built exactly once across nodes: the node whose row in
 * {@code digest_run} is inserted builds it, in the same transaction; the others' insert
 * fails on the key and they leave it.
 */
@Component
class Digests {

	private static final Logger log = LoggerFactory.getLogger(Digests.class);

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transactions;

	private final PersonRepository people;

	private final MailTexts texts;

	private final MailOutbox outbox;

	Digests(JdbcTemplate jdbc, TransactionTemplate transactions, PersonRepository people, MailTexts texts,
			MailOutbox outbox) {
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.people = people;
		this.texts = texts;
		this.outbox = outbox;
	}

	@Scheduled(cron = "${civiclab.mail.daily-digest-cron}")
	void daily() {
		build(Delivery.DAILY, LocalDate.now(ZoneId.systemDefault()));
	}

	@Scheduled(cron = "${civiclab.mail.weekly-digest-cron}")
	void weekly() {
		build(Delivery.WEEKLY,
				LocalDate.now(ZoneId.systemDefault()).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)));
	}

	/**
	 * Builds the period's digests, if no node has: how many mails were queued, or -1 if
	 * the period was built already.
	 */
	int build(Delivery period, LocalDate startsOn) {
		try {
			Integer mails = this.transactions.execute((status) -> {
				this.jdbc.update("insert into digest_run (period, starts_on, built_at) values (?, ?, ?)", period.name(),
						Date.valueOf(startsOn), Timestamp.from(Instant.now()));
				return queueDigests(period);
			});
			log.info("{} digest of {}: {} mails", period, startsOn, mails);
			return (mails != null) ? mails : 0;
		}
		catch (DuplicateKeyException ex) {
			log.debug("The {} digest of {} was built by another node", period, startsOn);
			return -1;
		}
	}

	private int queueDigests(Delivery period) {
		Map<Long, List<Waiting>> byPerson = new LinkedHashMap<>();
		this.jdbc.query("""
				select n.id, n.person_id, n.kind, i.id idea_id, i.reference, i.title, a.display_name actor
				from notification n join idea i on i.id = n.idea_id left join person a on a.id = n.actor_id
				where n.mail = ? order by n.person_id, n.id""", (row) -> {
			byPerson.computeIfAbsent(row.getLong("person_id"), (id) -> new ArrayList<>())
				.add(new Waiting(row.getLong("id"),
						new MailTexts.Item(Kind.valueOf(row.getString("kind")), row.getLong("idea_id"),
								row.getString("reference"), row.getString("title"), row.getString("actor"))));
		}, period.name());
		int mails = 0;
		for (Map.Entry<Long, List<Waiting>> waiting : byPerson.entrySet()) {
			Person person = this.people.findById(waiting.getKey()).orElseThrow();
			if (person.isActive() && person.getEmail() != null && !person.getEmail().isBlank()) {
				this.outbox
					.queue(this.texts.digest(person, period, waiting.getValue().stream().map(Waiting::item).toList()));
				mails++;
			}
			for (Waiting item : waiting.getValue()) {
				this.jdbc.update("update notification set mail = 'DIGESTED' where id = ?", item.notificationId());
			}
		}
		return mails;
	}

	private record Waiting(long notificationId, MailTexts.Item item) {
	}

}
