package org.civiclab.notification;

import java.sql.Timestamp;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.civiclab.idea.Idea;
import org.civiclab.idea.IdeaEvent;
import org.civiclab.idea.IdeaEvent.Kind;
import org.civiclab.idea.IdeaRepository;
import org.civiclab.people.Person;
import org.civiclab.people.PersonRepository;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Tells people what happened to an idea, in the transaction of what happened: a
 * notification for each recipient of the routing table ({@link Routes},
 * {@link Recipients}), and a mail in the outbox for those who want it at once, or a place
 * in their next digest. A decision that rolls back tells nobody. Each person is told once
 * of one event, of its most particular kind, and never of what they did.
 */
@Component
class Notifier {

	private final IdeaRepository ideas;

	private final PersonRepository people;

	private final Recipients recipients;

	private final Preferences preferences;

	private final MailTexts texts;

	private final MailOutbox outbox;

	private final JdbcTemplate jdbc;

	Notifier(IdeaRepository ideas, PersonRepository people, Recipients recipients, Preferences preferences,
			MailTexts texts, MailOutbox outbox, JdbcTemplate jdbc) {
		this.ideas = ideas;
		this.people = people;
		this.recipients = recipients;
		this.preferences = preferences;
		this.texts = texts;
		this.outbox = outbox;
		this.jdbc = jdbc;
	}

	@EventListener
	void on(IdeaEvent event) {
		Idea idea = this.ideas.findById(event.ideaId()).orElseThrow();
		String actor = (event.actorId() != null)
				? this.people.findById(event.actorId()).map(Person::getDisplayName).orElse(null) : null;
		Set<Long> told = new HashSet<>();
		if (event.actorId() != null) {
			told.add(event.actorId());
		}
		for (Kind kind : event.kinds()) {
			for (Person person : this.recipients.of(kind, idea, event)) {
				if (told.add(person.getId())) {
					tell(person, kind, idea, actor, event);
				}
			}
		}
	}

	private void tell(Person person, Kind kind, Idea idea, String actor, IdeaEvent event) {
		Map<Kind, Delivery> chosen = this.preferences.of(person.getId());
		Delivery delivery = hasAddress(person) ? chosen.get(kind) : Delivery.OFF;
		String mail = (delivery == Delivery.DAILY || delivery == Delivery.WEEKLY) ? delivery.name() : "NONE";
		this.jdbc.update("""
				insert into notification (person_id, idea_id, kind, actor_id, created_at, mail)
				values (?, ?, ?, ?, ?, ?)""", person.getId(), idea.getId(), kind.name(), event.actorId(),
				Timestamp.from(event.occurredAt()), mail);
		if (delivery == Delivery.IMMEDIATE) {
			this.outbox.queue(this.texts.single(person,
					new MailTexts.Item(kind, idea.getId(), idea.getReference(), idea.getTitle(), actor)));
		}
	}

	private static boolean hasAddress(Person person) {
		return person.getEmail() != null && !person.getEmail().isBlank();
	}

}
