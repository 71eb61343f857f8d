package org.civiclab.idea;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.civiclab.people.CurrentUser;
import org.civiclab.people.Role;
import org.civiclab.pipeline.OpenGate;
import org.civiclab.pipeline.StageCapability;

/**
 * Who may see and do what with an idea: the one rulebook that the services, the board, my
 * tasks, the dashboard, the lessons and the public portfolio ask (docs/adr/0021).
 * {@link IdeaVisibility} states the same visibility rule in SQL for the read models.
 * Pure: it reads only what it is given.
 */
public final class IdeaPolicy {

	private IdeaPolicy() {
	}

	/** How much of an idea someone sees. */
	public enum View {

		/**
		 * Everything: its authors, and once submitted the members of its organisation.
		 */
		FULL,

		/**
		 * What the public sees of a published idea, also other organisations' people:
		 * never the internal deliberation (comments, scores, rationale, budgets, who
		 * decided).
		 */
		SHARED

	}

	/**
	 * What the rules need to know of an idea.
	 *
	 * @param submitted whether it was ever submitted (a withdrawn draft never was)
	 * @param screened whether it passed screening with a Go (from then on an idea shared
	 * beyond its organisation is published)
	 * @param sharing how far it is shared
	 * @param partners the partner organisations of a joint pilot: their people see it in
	 * full and their lab leads record for their own site
	 * @param scaleProposer who proposed it for scaling (a Go at the test gate), if anyone
	 */
	public record Facts(Long organisationId, String submitter, Set<String> coAuthors, String stage, boolean submitted,
			boolean screened, Sharing sharing, boolean ended, String scaleProposer, Set<Long> partners) {

		public Facts {
			coAuthors = Set.copyOf(coAuthors);
			sharing = (sharing != null) ? sharing : Sharing.ORGANISATION;
			partners = Set.copyOf(partners);
		}

		/** An idea run by its organisation alone. */
		public Facts(Long organisationId, String submitter, Set<String> coAuthors, String stage, boolean submitted,
				boolean screened, Sharing sharing, boolean ended, String scaleProposer) {
			this(organisationId, submitter, coAuthors, stage, submitted, screened, sharing, ended, scaleProposer,
					Set.of());
		}

		boolean isDraft() {
			return Stages.DRAFT.equals(this.stage);
		}

	}

	/** Whether someone may pass an open gate and, if not, why. */
	public enum GateRight {

		ALLOWED, NOT_MEMBER, NOT_CANDIDATE, NOT_AUTHOR,

		/** Conflict of interest: they submitted the idea. */
		SUBMITTER,

		/** Conflict of interest: they co-authored the idea. */
		CO_AUTHOR,

		/** Four eyes: they proposed the idea for scaling. */
		SCALE_PROPOSER;

		public boolean allowed() {
			return this == ALLOWED;
		}

		/** A refusal for a conflict of interest: someone else of the role decides. */
		public boolean isConflictOfInterest() {
			return this == SUBMITTER || this == CO_AUTHOR || this == SCALE_PROPOSER;
		}

	}

	public static boolean isSubmitter(CurrentUser person, Facts idea) {
		return person.username() != null && person.username().equals(idea.submitter());
	}

	/** The submitter and the co-authors are the idea's authors. */
	public static boolean isAuthor(CurrentUser person, Facts idea) {
		return isSubmitter(person, idea) || (person.username() != null && idea.coAuthors().contains(person.username()));
	}

	/** A member of the idea's organisation: the lead organisation of a joint pilot. */
	public static boolean isMember(CurrentUser person, Facts idea) {
		return person.organisationId() != null && person.organisationId().equals(idea.organisationId());
	}

	/** A member of a partner organisation of a joint pilot. */
	public static boolean isPartner(CurrentUser person, Facts idea) {
		return person.organisationId() != null && idea.partners().contains(person.organisationId());
	}

	/** A member of the lead or a partner organisation: they run the pilot together. */
	public static boolean isParticipant(CurrentUser person, Facts idea) {
		return isMember(person, idea) || isPartner(person, idea);
	}

	/**
	 * An idea shared beyond its organisation is published from its screening Go on, until
	 * it is withdrawn: to the region if shared with it, also to the public (the public
	 * portfolio, the open data, other installations) if public.
	 */
	public static boolean isPublished(Facts idea) {
		return idea.sharing().reachesRegion() && idea.screened() && !Stages.WITHDRAWN.equals(idea.stage());
	}

	/** Whether the idea is published to the public. */
	public static boolean isPublic(Facts idea) {
		return idea.sharing() == Sharing.PUBLIC && isPublished(idea);
	}

	/**
	 * Which view of the idea the person gets; empty if they may not know it exists. A
	 * draft that was never submitted is its authors' alone, whatever happens to it. Other
	 * organisations' people get the shared view of a published idea, anonymous readers
	 * only of a public one.
	 */
	public static Optional<View> view(CurrentUser person, Facts idea) {
		if (!idea.submitted()) {
			return isAuthor(person, idea) ? Optional.of(View.FULL) : Optional.empty();
		}
		if (isParticipant(person, idea)) {
			return Optional.of(View.FULL);
		}
		boolean reached = person.isAnonymous() ? isPublic(idea) : isPublished(idea);
		return reached ? Optional.of(View.SHARED) : Optional.empty();
	}

	/**
	 * The lab lead of the idea's organisation chooses how far a submitted idea is shared,
	 * until it is withdrawn.
	 */
	public static boolean mayShare(CurrentUser person, Facts idea) {
		return idea.submitted() && isMember(person, idea) && person.has(Role.LAB_LEAD)
				&& !Stages.WITHDRAWN.equals(idea.stage());
	}

	public static boolean seesInFull(CurrentUser person, Facts idea) {
		return view(person, idea).filter(View.FULL::equals).isPresent();
	}

	/** Authors edit a draft, and an idea screening sent back to them. */
	public static boolean mayEdit(CurrentUser person, Facts idea, boolean revisionOpen) {
		return isAuthor(person, idea) && (idea.isDraft() || revisionOpen);
	}

	/** The submitter names the co-authors while the idea can be edited. */
	public static boolean mayChangeCoAuthors(CurrentUser person, Facts idea, boolean revisionOpen) {
		return isSubmitter(person, idea) && (idea.isDraft() || revisionOpen);
	}

	public static boolean maySubmit(CurrentUser person, Facts idea) {
		return isAuthor(person, idea) && idea.isDraft();
	}

	public static boolean mayWithdraw(CurrentUser person, Facts idea) {
		return isAuthor(person, idea) && !idea.ended();
	}

	/**
	 * Comments are the organisation's own (with a joint pilot's partners), on a submitted
	 * idea.
	 */
	public static boolean mayComment(CurrentUser person, Facts idea) {
		return idea.submitted() && isParticipant(person, idea);
	}

	/**
	 * The cross-organisation thread of an idea published beyond its organisation: read by
	 * everyone of the installation who may see the idea, its own organisation included.
	 */
	public static boolean mayReadRegionThread(CurrentUser person, Facts idea) {
		return !person.isAnonymous() && (isPublished(idea) || (idea.submitted() && isMember(person, idea)));
	}

	/** Written in while the idea is published beyond its organisation. */
	public static boolean mayDiscussInRegion(CurrentUser person, Facts idea) {
		return !person.isAnonymous() && person.organisationId() != null && isPublished(idea);
	}

	/** Support is a colleague's, for an idea still in the pipeline. */
	public static boolean maySupport(CurrentUser person, Facts idea) {
		return mayComment(person, idea) && !idea.ended() && !isAuthor(person, idea);
	}

	/**
	 * Whether the person may pass this open gate now: a member of the idea's organisation
	 * whom the gate names (its candidate groups or users); for a decision, nobody who
	 * submitted or co-authored the idea, and for the scale decision nobody who proposed
	 * scaling; the revision gate is the authors'.
	 */
	public static GateRight gateRight(CurrentUser person, Facts idea, OpenGate gate) {
		if (!isMember(person, idea)) {
			return GateRight.NOT_MEMBER;
		}
		Gate kind = Gate.fromModel(gate.gate());
		if (kind == null) {
			return GateRight.NOT_CANDIDATE;
		}
		if (kind == Gate.REVISION) {
			return isAuthor(person, idea) ? GateRight.ALLOWED : GateRight.NOT_AUTHOR;
		}
		if (!gate.isFor(person.username(), person.groups())) {
			return GateRight.NOT_CANDIDATE;
		}
		if (isSubmitter(person, idea)) {
			return GateRight.SUBMITTER;
		}
		if (isAuthor(person, idea)) {
			return GateRight.CO_AUTHOR;
		}
		if (kind == Gate.SCALE && person.username().equals(idea.scaleProposer())) {
			return GateRight.SCALE_PROPOSER;
		}
		return GateRight.ALLOWED;
	}

	/** The roles a gate's candidate groups stand for. */
	public static Set<Role> candidateRoles(OpenGate gate) {
		return gate.candidateGroups()
			.stream()
			.flatMap((group) -> Role.ofGroup(group).stream())
			.collect(Collectors.toUnmodifiableSet());
	}

	/** Who of these people may pass the gate. */
	public static List<CurrentUser> whoMayPass(Facts idea, OpenGate gate, Collection<CurrentUser> people) {
		return people.stream().filter((person) -> gateRight(person, idea, gate).allowed()).toList();
	}

	/**
	 * Whether the person may record this kind of record on the idea now: a lab lead of
	 * its organisation, in a stage whose model allows it.
	 */
	public static boolean mayRecord(CurrentUser person, Facts idea, StageCapability record,
			Set<StageCapability> stageAllows) {
		boolean site = (record == StageCapability.IMPACT_TARGETS) ? isMember(person, idea)
				: isParticipant(person, idea);
		return idea.submitted() && site && person.has(Role.LAB_LEAD) && stageAllows.contains(record);
	}

	/**
	 * The lead organisation's lab lead names a joint pilot's partners, while it is in the
	 * pipeline.
	 */
	public static boolean mayNamePartners(CurrentUser person, Facts idea) {
		return idea.submitted() && !idea.ended() && isMember(person, idea) && person.has(Role.LAB_LEAD);
	}

	/**
	 * A partner's executive takes the scale decision for their own organisation once the
	 * pilot is proposed for scaling, while it is in the pipeline; nobody who wrote the
	 * idea or proposed scaling it.
	 */
	public static boolean mayDecideForPartner(CurrentUser person, Facts idea) {
		return idea.scaleProposer() != null && !idea.ended() && isPartner(person, idea) && person.has(Role.EXECUTIVE)
				&& !isAuthor(person, idea) && !person.username().equals(idea.scaleProposer());
	}

	/**
	 * A panel of reviewers (docs/adr/0039) is assigned by a lab lead of the idea's
	 * organisation who did not write it, once it is submitted.
	 */
	public static boolean mayAssignPanel(CurrentUser person, Facts idea) {
		return idea.submitted() && isMember(person, idea) && person.has(Role.LAB_LEAD) && !isAuthor(person, idea);
	}

	/** A reviewer is any member of the idea's organisation who did not write it. */
	public static boolean mayReview(CurrentUser person, Facts idea) {
		return !person.isAnonymous() && isMember(person, idea) && !isAuthor(person, idea);
	}

	/**
	 * Every review of the idea, notes included, is read by the lab leads of its
	 * organisation who did not write it; a reviewer reads their own panel's (never
	 * another reviewer's notes); nobody else knows reviews exist.
	 */
	public static boolean seesAllReviews(CurrentUser person, Facts idea) {
		return mayAssignPanel(person, idea);
	}

	/**
	 * Adopt a pilot: a lab lead of another organisation, who sees it in the shared view
	 * (shared with the region or public, and published), starts an idea from it in their
	 * own organisation (docs/adr/0036). Never the pilot's own organisation.
	 */
	public static boolean mayAdopt(CurrentUser person, Facts idea) {
		return person.has(Role.LAB_LEAD) && view(person, idea).filter(View.SHARED::equals).isPresent();
	}

}
