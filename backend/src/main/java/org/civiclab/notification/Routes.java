package org.civiclab.notification;

import java.util.EnumMap;
import java.util.Map;
import java.util.Set;

import org.civiclab.idea.IdeaEvent.Kind;

/**
 * The routing table: who is told of each kind of event, and how by default. Every
 * recipient is then checked against the rulebook: nobody is told of an idea they may not
 * see, and nobody of what they did themselves ({@link Recipients}). The table in
 * docs/notifications.md is this one; {@code RoutesTests} keeps them together.
 */
final class Routes {

	/** The people an event can reach, as the idea's facts name them. */
	enum Audience {

		/** The lab leads of the idea's organisation. */
		LAB_LEADS("the lab leads"),
		/** The executives of the idea's organisation. */
		EXECUTIVES("the executives"),
		/** Whoever submitted the idea. */
		SUBMITTER("the submitter"),
		/** The submitter and the co-authors. */
		AUTHORS("the authors"),
		/** Whoever follows the idea. */
		FOLLOWERS("the followers"),
		/** Whoever a comment names as {@code @username}. */
		MENTIONED("the person named"),
		/** The reviewers a panel's event names (docs/adr/0039). */
		REVIEWERS("the reviewers named"),
		/**
		 * The lab leads of the idea's organisation who did not write it: who may read its
		 * reviews.
		 */
		PANEL_LEADS("the lab leads who did not write it");

		private final String description;

		Audience(String description) {
			this.description = description;
		}

		/** As docs/notifications.md names them. */
		String description() {
			return this.description;
		}

	}

	private static final Map<Kind, Set<Audience>> TABLE = new EnumMap<>(Kind.class);

	static {
		TABLE.put(Kind.IDEA_SUBMITTED, Set.of(Audience.LAB_LEADS));
		TABLE.put(Kind.GATE_DECIDED, Set.of(Audience.AUTHORS, Audience.FOLLOWERS));
		TABLE.put(Kind.REVISION_ASKED, Set.of(Audience.AUTHORS));
		TABLE.put(Kind.SCALE_PROPOSED, Set.of(Audience.EXECUTIVES));
		TABLE.put(Kind.TIME_BOX_ENDING, Set.of(Audience.LAB_LEADS));
		TABLE.put(Kind.TIME_BOX_ENDED, Set.of(Audience.LAB_LEADS));
		TABLE.put(Kind.SCREENING_OVERDUE, Set.of(Audience.LAB_LEADS, Audience.EXECUTIVES));
		TABLE.put(Kind.SHELF_WOKE_UP, Set.of(Audience.LAB_LEADS, Audience.SUBMITTER));
		TABLE.put(Kind.BENEFIT_REVIEW_DUE, Set.of(Audience.LAB_LEADS));
		TABLE.put(Kind.COMMENT_ADDED, Set.of(Audience.FOLLOWERS));
		TABLE.put(Kind.MENTIONED, Set.of(Audience.MENTIONED));
		TABLE.put(Kind.ADOPTED, Set.of(Audience.AUTHORS, Audience.LAB_LEADS));
		TABLE.put(Kind.REVIEW_REQUESTED, Set.of(Audience.REVIEWERS));
		TABLE.put(Kind.REVIEW_LATE, Set.of(Audience.REVIEWERS));
		TABLE.put(Kind.REVIEWS_IN, Set.of(Audience.PANEL_LEADS));
	}

	private Routes() {
	}

	static Set<Audience> of(Kind kind) {
		return TABLE.get(kind);
	}

	/**
	 * How a kind reaches a person by e-mail until they choose: at once, but a colleague's
	 * comment in the daily digest.
	 */
	static Delivery defaultDelivery(Kind kind) {
		return (kind == Kind.COMMENT_ADDED) ? Delivery.DAILY : Delivery.IMMEDIATE;
	}

}
