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
	 * Whether the open gate is in someone's tasks: theirs, or waiting for anyone at all.
	 */
	boolean inTasksOf(Someone someone) {
		return this.where.gate != null
				&& (mayPass(someone) || (isMember(someone) && someone.is("lab-lead") && whoMayPass().isEmpty()));
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
