package org.civiclab.idea;

import org.civiclab.audit.AuditLog;
import org.civiclab.people.CurrentUser;
import org.civiclab.people.Role;
import org.civiclab.web.Problems;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The lab lead shares an idea with its organisation only, the region or the public
 * (docs/adr/0035); {@link IdeaPolicy#mayShare} says who and when.
 */
@Service
public class IdeaSharing {

	private final IdeaService ideas;

	private final AuditLog audit;

	IdeaSharing(IdeaService ideas, AuditLog audit) {
		this.ideas = ideas;
		this.audit = audit;
	}

	@Transactional
	public Idea share(Long id, Sharing sharing, Long version, CurrentUser user) {
		Idea idea = IdeaViews.requireMember(this.ideas.visibleForUpdate(id, user), user, "idea.members-only.share");
		IdeaService.checkVersion(idea, version);
		if (!user.has(Role.LAB_LEAD)) {
			throw Problems.forbidden("idea.lab-leads-only.share", idea.getReference());
		}
		if (!IdeaPolicy.mayShare(user, idea.facts())) {
			throw Problems.conflict("idea.not-shareable", idea.getReference(), idea.getStage());
		}
		if (idea.getSharing() != sharing) {
			idea.share(sharing);
			this.audit.record(user.username(), "IDEA_SHARED", "idea", id, id, sharing.name());
		}
		return idea;
	}

}
