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

	/** An idea the user may read; drafts are their authors' only. */
	@Transactional(readOnly = true)
	public Idea readable(Long id, CurrentUser user) {
		Idea idea = this.ideas.findById(id).orElseThrow(() -> Problems.notFound("No idea with id " + id));
		if (!idea.isVisibleTo(user.username())) {
			throw Problems.notFound("No idea with id " + id);
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
