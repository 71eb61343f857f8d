package org.civiclab.rulebook;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Where a generated idea stands, kept by the test itself from what it did: the oracle
 * that says, in the words of product.md ("Who sees what", "Conflicts of interest"), what
 * each person may see and do. It shares no code with the application's rulebook.
 */
final class Life {

	/** The places an idea can be, as the pipeline model has them. */
	enum Where {

		DRAFT("draft", null), SCREENING("screening", "SCREENING"), REVISION("screening", "REVISION"),
		SHELF_FROM_SCREENING("shelf", null), PLAN("plan", "PLAN"), TEST("test", "TEST"), SHELF_FROM_TEST("shelf", null),
		SCALE_DECISION("scale-decision", "SCALE"), SHELF_FROM_SCALE_DECISION("shelf", null),
		SCALING("scaling", "ADOPTION"), SCALED("scaled", null), STOPPED("stopped", null), DECLINED("declined", null),
		WITHDRAWN("withdrawn", null);

		final String stage;

		/** The gate open here, as the API names it; null for none. */
		final String gate;

		Where(String stage, String gate) {
			this.stage = stage;
			this.gate = gate;
		}

		boolean ended() {
			return this == SCALED || this == STOPPED || this == DECLINED || this == WITHDRAWN;
		}

		boolean shelf() {
			return this.stage.equals("shelf");
		}

	}

	/**
	 * How far the idea is shared: its organisation only, the region (every organisation
	 * of the installation) or the public.
	 */
	enum Reach {

		ORGANISATION, REGION, PUBLIC

	}

	/** How much of an idea someone sees. */
	enum Sight {

		NONE, FULL, SHARED

	}

	final String submitter;

	final Set<String> coAuthors = new LinkedHashSet<>();

	Reach reach;

	Where where = Where.DRAFT;

	boolean submitted;

	boolean screened;

	String proposer;

	int comments;

	/** Comments in the cross-organisation thread. */
	int regionComments;

	boolean hasTestCard;

	/** The reviewers of the panel open now (its screening not decided), if any. */
	final Set<String> panel = new LinkedHashSet<>();

	/** Whether a panel is open: assigned, its screening not decided, not withdrawn. */
	boolean panelOpen;

	/** Of the open panel, who has submitted. */
	final Set<String> reviewed = new LinkedHashSet<>();

	/** Everyone who sat on a panel of the idea. */
	final Set<String> everReviewers = new LinkedHashSet<>();

	/** The private notes written, by their reviewer. */
	final java.util.Map<String, List<String>> notes = new java.util.LinkedHashMap<>();

	Life(String submitter, boolean publicIdea) {
		this.submitter = submitter;
		this.reach = publicIdea ? Reach.PUBLIC : Reach.ORGANISATION;
	}

	boolean isAuthor(Someone someone) {
		return someone.username() != null
				&& (someone.username().equals(this.submitter) || this.coAuthors.contains(someone.username()));
	}

	boolean isMember(Someone someone) {
		return Someone.NORRVIK.equals(someone.organisation());
	}

	/**
	 * A draft never submitted is its authors' alone, whatever happens to it; a submitted
	 * idea is its organisation's in full; one shared with the region is every signed-in
	 * person's to see as the public sees it from its screening Go on, and a public one
	 * also the public's, unless withdrawn.
	 */
	Sight sight(Someone someone) {
		if (!this.submitted) {
			return isAuthor(someone) ? Sight.FULL : Sight.NONE;
		}
		if (isMember(someone)) {
			return Sight.FULL;
		}
		boolean reached = someone.anonymous() ? this.reach == Reach.PUBLIC : this.reach != Reach.ORGANISATION;
		return (reached && published()) ? Sight.SHARED : Sight.NONE;
	}

	/** Shared beyond its organisation, screened with a Go and not withdrawn. */
	boolean published() {
		return this.reach != Reach.ORGANISATION && this.screened && this.where != Where.WITHDRAWN;
	}

	/**
	 * Whether someone may pass the gate open now: a member whom the gate names (lab
	 * leads; executives at the scale decision; the authors at a revision), and for a
	 * decision nobody who submitted or co-authored the idea, nor, for the scale decision,
	 * who proposed scaling.
	 */
	boolean mayPass(Someone someone) {
		String gate = this.where.gate;
		if (gate == null || !isMember(someone)) {
			return false;
		}
		if (gate.equals("REVISION")) {
			return isAuthor(someone);
		}
		String group = gate.equals("SCALE") ? "executive" : "lab-lead";
		return someone.is(group) && !isAuthor(someone)
				&& !(gate.equals("SCALE") && someone.username().equals(this.proposer));
	}

	/**
	 * Norrvik's people who may pass the open gate; none means the idea waits, visibly.
	 */
	List<Someone> whoMayPass() {
		return Someone.norrvik().stream().filter(this::mayPass).toList();
	}

	/**
	 * Whether something of the idea is in someone's tasks: the open gate, theirs or
	 * waiting for anyone at all; or their review on the open panel, not yet submitted.
	 */
	boolean inTasksOf(Someone someone) {
		boolean gate = this.where.gate != null
				&& (mayPass(someone) || (isMember(someone) && someone.is("lab-lead") && whoMayPass().isEmpty()));
		return gate || (this.where == Where.SCREENING && reviewsDue(someone));
	}

	/**
	 * A panel's reviews and notes (docs/adr/0039) are read by the lab leads of the idea's
	 * organisation who did not write it, and by whoever sat on one of its panels unless
	 * they have since become an author; they exist for nobody else.
	 */
	boolean seesReviews(Someone someone) {
		if (!this.submitted || !isMember(someone) || isAuthor(someone)) {
			return false;
		}
		return someone.is("lab-lead") || this.everReviewers.contains(someone.username());
	}

	/** Whether someone reads every note: a lab lead who may read the reviews. */
	boolean readsEveryNote(Someone someone) {
		return seesReviews(someone) && someone.is("lab-lead");
	}

	/** Whether someone's review on the open panel waits for them. */
	boolean reviewsDue(Someone someone) {
		return this.panelOpen && this.panel.contains(someone.username()) && !this.reviewed.contains(someone.username())
				&& !isAuthor(someone);
	}

	/** Who may assign a panel now: a lab lead of Norrvik who did not write the idea. */
	List<Someone> mayAssignPanel() {
		if (this.where != Where.SCREENING || this.panelOpen) {
			return List.of();
		}
		return Someone.norrvik().stream().filter((someone) -> someone.is("lab-lead") && !isAuthor(someone)).toList();
	}

	/** The gate was decided or the idea withdrawn: the open panel is closed. */
	void closePanel() {
		this.panelOpen = false;
		this.panel.clear();
		this.reviewed.clear();
	}

	/**
	 * Whether the idea is in a column of the board (to those who may see it): a draft is
	 * not; a withdrawn one is, in Withdrawn.
	 */
	boolean onTheBoard() {
		return this.where != Where.DRAFT;
	}

	@Override
	public String toString() {
		return this.where + (this.submitted ? "" : " (never submitted)")
				+ ((this.reach != Reach.ORGANISATION) ? ", " + this.reach : "") + (this.screened ? ", screened" : "")
				+ ", by " + this.submitter + (this.coAuthors.isEmpty() ? "" : " with " + this.coAuthors)
				+ ((this.proposer != null) ? ", proposed by " + this.proposer : "");
	}

}
