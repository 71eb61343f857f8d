package org.civiclab.security;

import java.util.List;
import java.util.Set;

import org.civiclab.IdeaDriver.Stage;

/**
 * The access rules of docs/adr/0014 as the matrix expects them: for each caller and
 * target idea, the status the server answers. Every caller is of Norrvik; the targets are
 * Norrvik's and Sjöstad's ideas.
 */
final class Access {

	/** Who calls: a demo user (all of Norrvik) or nobody signed in. */
	record Caller(String username, Set<String> groups) {

		static final Caller ANONYMOUS = new Caller(null, Set.of());

		/** Anna writes the Norrvik ideas the matrix uses, so they are her own ideas. */
		static final List<Caller> ALL = List.of(ANONYMOUS, new Caller("anna", Set.of("intrapreneur")),
				new Caller("omar", Set.of("intrapreneur")), new Caller("lena", Set.of("lab-lead")),
				new Caller("maria", Set.of("executive")), new Caller("admin", Set.of("admin")));

		boolean anonymous() {
			return this.username == null;
		}

		boolean isAuthorOfNorrviksIdeas() {
			return "anna".equals(this.username);
		}

		@Override
		public String toString() {
			return anonymous() ? "anonymous" : this.username + " " + this.groups;
		}

	}

	/** Which idea the call is about. */
	enum Target {

		/** The endpoint names no idea. */
		NONE,
		/** Anna's draft. */
		OWN_DRAFT,
		/** A submitted, not public idea of the caller's organisation, written by Anna. */
		OWN_ORGANISATION,
		/** A submitted idea of another organisation that is not public. */
		OTHER_ORGANISATION_PRIVATE,
		/** A submitted public idea of another organisation. */
		OTHER_ORGANISATION_PUBLIC,
		/** A submitted idea of another organisation, shared with the region. */
		OTHER_ORGANISATION_REGION;

		static final List<Target> IDEAS = List.of(OWN_DRAFT, OWN_ORGANISATION, OTHER_ORGANISATION_PRIVATE,
				OTHER_ORGANISATION_PUBLIC, OTHER_ORGANISATION_REGION);

		/** Another organisation's idea published beyond it (from its screening Go on). */
		boolean sharedByAnother() {
			return this == OTHER_ORGANISATION_PUBLIC || this == OTHER_ORGANISATION_REGION;
		}

		boolean ownOrganisation() {
			return this == OWN_DRAFT || this == OWN_ORGANISATION;
		}

		/**
		 * A draft is its author's alone; another organisation's idea shared beyond it is
		 * published from its screening Go on (the plan stage and later): a public one to
		 * everyone, one shared with the region to every signed-in person (every caller of
		 * the matrix but the anonymous one, who is refused first).
		 */
		boolean visibleTo(Caller caller, Stage stage) {
			return switch (this) {
				case NONE, OWN_ORGANISATION -> true;
				case OWN_DRAFT -> caller.isAuthorOfNorrviksIdeas();
				case OTHER_ORGANISATION_PUBLIC, OTHER_ORGANISATION_REGION -> stage.isPastScreening();
				case OTHER_ORGANISATION_PRIVATE -> false;
			};
		}

	}

	/** The status expected for a caller and target; {@link #NOT_CALLED} to skip. */
	@FunctionalInterface
	interface Rule {

		int expect(Caller caller, Target target, Stage stage);

	}

	/** A rule's answer for an endpoint that the matrix does not call, with its reason. */
	static final int NOT_CALLED = -1;

	private Access() {
	}

	/** Anyone, signed in or not. */
	static Rule open(int status) {
		return (caller, target, stage) -> status;
	}

	/** Anyone signed in. */
	static Rule signedIn(int status) {
		return (caller, target, stage) -> caller.anonymous() ? 401 : status;
	}

	/** Reading an idea or what belongs to it: whoever may see it; 404 for the others. */
	static Rule read() {
		return (caller, target, stage) -> seen(caller, target, stage, 200);
	}

	/**
	 * Comments and support: the members of the idea's organisation, once it is submitted;
	 * another organisation's public idea is to read only.
	 */
	static Rule takePart(int status) {
		return (caller, target, stage) -> seen(caller, target, stage,
				!target.ownOrganisation() ? 403 : (target == Target.OWN_DRAFT) ? 409 : status);
	}

	/**
	 * Support: as {@link #takePart}, but never by an author of the idea (Anna wrote
	 * Norrvik's).
	 */
	static Rule support(int status) {
		return (caller, target, stage) -> (caller.isAuthorOfNorrviksIdeas() && target == Target.OWN_ORGANISATION)
				? seen(caller, target, stage, 403) : takePart(status).expect(caller, target, stage);
	}

	/**
	 * The submitter's own actions (Anna submitted Norrvik's ideas), with what they answer
	 * for a draft and a submitted idea.
	 */
	static Rule submitter(int onDraft, int onSubmitted) {
		return author(onDraft, onSubmitted);
	}

	/**
	 * The author's own actions, with what they answer for a draft and a submitted idea.
	 */
	static Rule author(int onDraft, int onSubmitted) {
		return (caller, target, stage) -> seen(caller, target, stage,
				!(caller.isAuthorOfNorrviksIdeas() && target.ownOrganisation()) ? 403
						: (target == Target.OWN_DRAFT) ? onDraft : onSubmitted);
	}

	/**
	 * A record of the idea's full view (an impact target): as {@link #labLead}, but for
	 * another organisation's published idea the record does not exist (404).
	 */
	static Rule labLeadOnInternalRecord(int status) {
		return (caller, target, stage) -> (target.sharedByAnother() && !caller.anonymous()) ? 404
				: labLead(status).expect(caller, target, stage);
	}

	/** The lab leads of the idea's organisation, in the stages they work in. */
	static Rule labLead(int status) {
		return (caller, target, stage) -> seen(caller, target, stage, !target.ownOrganisation() ? 403
				: !caller.groups().contains("lab-lead") ? 403 : (target == Target.OWN_DRAFT) ? 409 : status);
	}

	/**
	 * The gate open for the target (screening): the group the model names, of the idea's
	 * organisation. A draft has no gate open (409).
	 */
	static Rule decide(String group) {
		return (caller, target, stage) -> seen(caller, target, stage, !target.ownOrganisation() ? 403
				: (target == Target.OWN_DRAFT) ? 409 : caller.groups().contains(group) ? 201 : 403);
	}

	/** The admin pages: admins (Norrvik's calls for Norrvik); 403 for everyone else. */
	static Rule admin(int status) {
		return (caller, target, stage) -> caller.anonymous() ? 401
				: (caller.groups().contains("admin") || caller.groups().contains("region-admin")) ? status : 403;
	}

	/**
	 * Another organisation's record on the admin pages: to Norrvik's admin it does not
	 * exist (404); everyone else is refused the admin pages.
	 */
	static Rule adminOfAnotherOrganisation() {
		return (caller, target, stage) -> caller.anonymous() ? 401 : caller.groups().contains("admin") ? 404 : 403;
	}

	/** What only a region's admin does (no caller of the matrix is one). */
	static Rule regionAdmin(int status) {
		return (caller, target, stage) -> caller.anonymous() ? 401
				: caller.groups().contains("region-admin") ? status : 403;
	}

	/** An endpoint the matrix does not call, with the reason. */
	static Rule notCalled(String why) {
		return (caller, target, stage) -> NOT_CALLED;
	}

	private static int seen(Caller caller, Target target, Stage stage, int status) {
		if (caller.anonymous()) {
			return 401;
		}
		return target.visibleTo(caller, stage) ? status : 404;
	}

}
