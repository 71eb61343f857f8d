package org.civiclab.notification;

import java.util.EnumMap;
import java.util.Map;

import org.civiclab.idea.IdeaEvent.Kind;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * How each person wants to be told of each kind of event by e-mail; a kind they have not
 * chosen for goes by the routing table's default ({@link Routes#defaultDelivery}).
 */
@Component
class Preferences {

	private final JdbcTemplate jdbc;

	Preferences(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** Every kind, with how the person gets it. */
	@Transactional(readOnly = true)
	Map<Kind, Delivery> of(Long personId) {
		Map<Kind, Delivery> deliveries = new EnumMap<>(Kind.class);
		for (Kind kind : Kind.values()) {
			deliveries.put(kind, Routes.defaultDelivery(kind));
		}
		this.jdbc.query("select kind, delivery from notification_preference where person_id = ?", (row) -> {
			deliveries.put(Kind.valueOf(row.getString("kind")), Delivery.valueOf(row.getString("delivery")));
		}, personId);
		return deliveries;
	}

	/** Stores the person's choices; kinds not named keep theirs. */
	@Transactional
	void set(Long personId, Map<Kind, Delivery> choices) {
		choices.forEach((kind, delivery) -> {
			this.jdbc.update("delete from notification_preference where person_id = ? and kind = ?", personId,
					kind.name());
			this.jdbc.update("insert into notification_preference (person_id, kind, delivery) values (?, ?, ?)",
					personId, kind.name(), delivery.name());
		});
	}

}
