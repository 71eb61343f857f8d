package org.civiclab.idea;

import java.time.Instant;
import java.util.List;

import org.civiclab.audit.AuditLog;
import org.civiclab.people.CurrentUser;
import org.civiclab.pipeline.Pipeline;
import org.civiclab.web.Problems;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads ideas as their pages show them.
 */
@Service
public class IdeaViews {

	private final IdeaRepository ideas;

	private final SupportRepository supports;

	private final Pipeline pipeline;

	private final AuditLog audit;

	IdeaViews(IdeaRepository ideas, SupportRepository supports, Pipeline pipeline, AuditLog audit) {
		this.ideas = ideas;
		this.supports = supports;
		this.pipeline = pipeline;
		this.audit = audit;
	}

	/** A line in the list of the user's own ideas. */
	public record IdeaSummary(Long id, String reference, String title, String stage, Instant stageEnteredAt,
			long version) {
	}

	/** The ideas the user wrote, drafts included, newest first. */
	@Transactional(readOnly = true)
	public List<IdeaSummary> mine(CurrentUser user) {
		return this.ideas.findBySubmitterUsernameOrderByCreatedAtDesc(user.username())
			.stream()
			.map((idea) -> new IdeaSummary(idea.getId(), idea.getReference(), idea.getTitle(), idea.getStage(),
					idea.getStageEnteredAt(), idea.getVersion()))
			.toList();
	}

	/**
	 * An idea the user may read. One they may not read answers 404, as if it did not
	 * exist (docs/adr/0014).
	 */
	@Transactional(readOnly = true)
	public Idea readable(Long id, CurrentUser user) {
		return this.ideas.findById(id)
			.filter((idea) -> idea.isVisibleTo(user))
			.orElseThrow(() -> Problems.notFound("No idea with id " + id));
	}

	/**
	 * An idea the user may take part in: one they may read, of their own organisation;
	 * another organisation's public idea is theirs to read only (403).
	 */
	@Transactional(readOnly = true)
	public Idea ofOwnOrganisation(Long id, CurrentUser user, String refusal) {
		return requireMember(readable(id, user), user, refusal);
	}

	/** Refuses (403) a user who is not a member of the idea's organisation. */
	public static Idea requireMember(Idea idea, CurrentUser user, String refusal) {
		if (!idea.belongsTo(user)) {
			throw Problems.forbidden(idea.getReference() + " belongs to " + idea.getOrganisation().getName()
					+ "; only its members " + refusal);
		}
		return idea;
	}

	@Transactional(readOnly = true)
	public IdeaView view(Long id, CurrentUser user) {
		Idea idea = readable(id, user);
		Instant now = Instant.now();
		return new IdeaView(idea.getId(), idea.getReference(), idea.getTitle(), idea.getProblem(), idea.getProposal(),
				idea.getBeneficiaries(), idea.getOrganisation().getId(), idea.getOrganisation().getName(),
				idea.getDepartment(), idea.getEntryRoute(), idea.getThemes(), idea.getEstimatedCost(),
				idea.getSubmitter().getUsername(), idea.getSubmitter().getDisplayName(), idea.isPublicIdea(),
				idea.getStage(), idea.getStageEnteredAt(), IdeaView.daysBetween(idea.getStageEnteredAt(), now),
				IdeaView.TimeBox.of(idea, now), idea.getBudget(), idea.getReceivingUnit(), idea.getCreatedAt(),
				idea.getSubmittedAt(), idea.getEndedAt(), this.supports.countByKeyIdeaId(id),
				this.supports.existsById(new Support.Key(id, user.id())), idea.getVersion(),
				IdeaActions.of(idea, idea.isDraft() ? List.of() : this.pipeline.openGates(id), user),
				this.audit.timeline(id).stream().map(IdeaView.TimelineEntry::of).toList());
	}

}
