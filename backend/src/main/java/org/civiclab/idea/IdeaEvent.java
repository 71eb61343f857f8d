package org.civiclab.idea;

import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.lang.Nullable;

/**
 * Published, in the transaction of what caused it, when something happens to an idea that
 * people may need to be told of. The notifications (in the app and by e-mail) and the
 * webhooks listen; a decision that rolls back takes its event with it. The routing table
 * from each kind to its recipients is the notification package's
 * ({@code docs/notifications.md}).
 *
 * @param ideaId the idea
 * @param kinds what happened, the most particular first: a screening that asks for a
 * revision is {@link Kind#REVISION_ASKED} and {@link Kind#GATE_DECIDED}; each person is
 * told once, of the first kind that reaches them
 * @param actorId who did it, who is never told of it; null for the model's timers
 * @param commentId the comment, for {@link Kind#COMMENT_ADDED} and {@link Kind#MENTIONED}
 * @param mentioned the usernames a comment names as {@code @username}, or the reviewers a
 * panel's event is for ({@link #addressed})
 * @param occurredAt when
 * @param shared whether people who see only the shared view may be told of it: a comment
 * in the cross-organisation thread is, one in the organisation's own discussion is not
 */
public record IdeaEvent(Long ideaId, List<Kind> kinds, @Nullable Long actorId, @Nullable Long commentId,
		Set<String> mentioned, Instant occurredAt, boolean shared) {

	/** An {@code @username}: not preceded by a letter or digit (so not an address). */
	private static final Pattern MENTION = Pattern.compile("(?<![\\p{L}\\p{N}._-])@([\\p{L}\\p{N}._-]*[\\p{L}\\p{N}])");

	/** What can happen to an idea that someone should be told of. */
	public enum Kind {

		/** Submitted to screening (or resubmitted after a revision). */
		IDEA_SUBMITTED,
		/** A gate decision was taken. */
		GATE_DECIDED,
		/** Screening sent the idea back to its authors for a revision. */
		REVISION_ASKED,
		/** A test's Go proposes the idea for scaling: the executives decide. */
		SCALE_PROPOSED,
		/** A test's time box ends soon. */
		TIME_BOX_ENDING,
		/** A test's time box has ended: a decision is due now. */
		TIME_BOX_ENDED,
		/** An idea has waited in screening longer than it should. */
		SCREENING_OVERDUE,
		/** An idea put on the shelf is back: its wake-up date came. */
		SHELF_WOKE_UP,
		/** A scaling idea's benefits are due for review. */
		BENEFIT_REVIEW_DUE,
		/** Someone commented. */
		COMMENT_ADDED,
		/** A comment names someone as {@code @username}. */
		MENTIONED,
		/** Another organisation adopted the pilot (docs/adr/0036). */
		ADOPTED,
		/** A lab lead asked someone to review the idea on a panel (docs/adr/0039). */
		REVIEW_REQUESTED,
		/** A reviewer's review is due and not in. */
		REVIEW_LATE,
		/** The reviews the model's completion condition asks for are in. */
		REVIEWS_IN

	}

	public IdeaEvent {
		kinds = List.copyOf(kinds);
		mentioned = Set.copyOf(mentioned);
	}

	/** Something a person did, or the model's timer (no actor). */
	public static IdeaEvent of(Long ideaId, @Nullable Long actorId, Kind... kinds) {
		return new IdeaEvent(ideaId, List.of(kinds), actorId, null, Set.of(), Instant.now(), true);
	}

	/**
	 * Something for these people by name only: a panel's reviewers (docs/adr/0039).
	 */
	public static IdeaEvent addressed(Long ideaId, @Nullable Long actorId, Kind kind, Collection<String> usernames) {
		return new IdeaEvent(ideaId, List.of(kind), actorId, null, Set.copyOf(usernames), Instant.now(), false);
	}

	/**
	 * A comment, with whom it mentions; one in the organisation's own discussion is told
	 * only to those who see the idea in full.
	 */
	public static IdeaEvent commented(Long ideaId, Long actorId, Long commentId, String body, boolean inRegionThread) {
		Set<String> mentioned = mentionsIn(body);
		List<Kind> kinds = mentioned.isEmpty() ? List.of(Kind.COMMENT_ADDED)
				: List.of(Kind.MENTIONED, Kind.COMMENT_ADDED);
		return new IdeaEvent(ideaId, kinds, actorId, commentId, mentioned, Instant.now(), inRegionThread);
	}

	/** The usernames a text names as {@code @username}, in order, each once. */
	static Set<String> mentionsIn(String text) {
		Set<String> usernames = new LinkedHashSet<>();
		Matcher matcher = MENTION.matcher(text);
		while (matcher.find()) {
			usernames.add(matcher.group(1));
		}
		return usernames;
	}

}
