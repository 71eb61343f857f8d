package org.civiclab.notification;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.civiclab.idea.IdeaEvent.Kind;
import org.civiclab.idea.IdeaVisibility;
import org.civiclab.people.CurrentUser;
import org.civiclab.people.CurrentUsers;
import org.civiclab.web.PageNumber;
import org.civiclab.web.Problems;

import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.lang.Nullable;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The notification centre: what the signed-in person was told of, newest first. An item
 * about an idea they may no longer see is not shown (the rulebook's SQL predicate,
 * {@link IdeaVisibility}).
 */
@RestController
@RequestMapping("/api/notifications")
@Validated
class NotificationController {

	private final NamedParameterJdbcTemplate jdbc;

	private final CurrentUsers currentUsers;

	NotificationController(NamedParameterJdbcTemplate jdbc, CurrentUsers currentUsers) {
		this.jdbc = jdbc;
		this.currentUsers = currentUsers;
	}

	/** My notifications. Newest first, a page at a time, with how many are unread. */
	@GetMapping
	@Transactional(readOnly = true)
	NotificationPage list(@RequestParam(defaultValue = "0") @PageNumber int page,
			@RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
		CurrentUser user = this.currentUsers.current();
		Map<String, Object> parameters = new HashMap<>();
		String mine = mine(user, parameters);
		parameters.put("offset", (long) page * size);
		parameters.put("size", size + 1);
		List<NotificationView> items = this.jdbc.query("""
				select n.id, n.kind, n.idea_id, i.reference, i.title, a.display_name actor, n.created_at, n.read_at
				from notification n join idea i on i.id = n.idea_id left join person a on a.id = n.actor_id
				where %s order by n.id desc offset :offset rows fetch next :size rows only""".formatted(mine),
				parameters,
				(row, n) -> new NotificationView(row.getLong("id"), Kind.valueOf(row.getString("kind")),
						row.getLong("idea_id"), row.getString("reference"), row.getString("title"),
						row.getString("actor"), row.getTimestamp("created_at").toInstant(),
						row.getTimestamp("read_at") != null));
		boolean more = items.size() > size;
		return new NotificationPage(more ? items.subList(0, size) : items, unread(user), more);
	}

	/** How many of my notifications are unread; cheap, for the bell to ask often. */
	@GetMapping("/unread")
	@Transactional(readOnly = true)
	Unread unreadCount() {
		return new Unread(unread(this.currentUsers.current()));
	}

	/** Mark one of my notifications read; another's answers 404. */
	@PostMapping("/{notificationId}/read")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Transactional
	void markRead(@PathVariable Long notificationId) {
		CurrentUser user = this.currentUsers.current();
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("id", notificationId);
		String mine = mine(user, parameters);
		parameters.put("now", Timestamp.from(Instant.now()));
		int found = this.jdbc.update("""
				update notification set read_at = coalesce(read_at, :now) where id = :id and id in
				(select n.id from notification n join idea i on i.id = n.idea_id where %s)""".formatted(mine),
				parameters);
		if (found == 0) {
			throw Problems.notFound("notification.not-found", notificationId);
		}
	}

	/** Mark all my notifications read. */
	@PostMapping("/read")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Transactional
	void markAllRead() {
		CurrentUser user = this.currentUsers.current();
		this.jdbc.update("update notification set read_at = :now where person_id = :person and read_at is null",
				Map.of("now", Timestamp.from(Instant.now()), "person", user.id()));
	}

	private long unread(CurrentUser user) {
		Map<String, Object> parameters = new HashMap<>();
		String mine = mine(user, parameters);
		Long count = this.jdbc.queryForObject("""
				select count(*) from notification n join idea i on i.id = n.idea_id
				where %s and n.read_at is null""".formatted(mine), parameters, Long.class);
		return (count != null) ? count : 0;
	}

	/** The reader's notifications about ideas they may still see. */
	private static String mine(CurrentUser user, Map<String, Object> parameters) {
		parameters.put("person", user.id());
		return "n.person_id = :person and " + IdeaVisibility.visible("i", user, parameters);
	}

	/**
	 * Something I was told of.
	 *
	 * @param actorName who did it; null for the model's timers
	 */
	record NotificationView(long id, Kind kind, long ideaId, String ideaReference, String ideaTitle,
			@Nullable String actorName, Instant createdAt, boolean read) {
	}

	/** A page of my notifications, and how many are unread in all. */
	record NotificationPage(List<NotificationView> items, long unread, boolean hasMore) {
	}

	/** How many of my notifications are unread. */
	record Unread(long unread) {
	}

}
