package org.civiclab.idea;

import java.util.Objects;

import org.civiclab.audit.AuditLog;
import org.civiclab.people.CurrentUser;
import org.civiclab.people.Organisation;
import org.civiclab.people.Person;
import org.civiclab.people.PersonRepository;
import org.civiclab.pipeline.OpenGate;
import org.civiclab.pipeline.Pipeline;
import org.civiclab.pipeline.Pipeline.GateTimes;
import org.civiclab.web.Problems;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An idea's life before and beside the gates: written as a draft, submitted into the
 * pipeline, revised when screening sends it back, withdrawn by its author.
 */
@Service
public class IdeaService {

	private final IdeaRepository ideas;

	private final PersonRepository people;

	private final Pipeline pipeline;

	private final AuditLog audit;

	private final IdeaNumbers numbers;

	IdeaService(IdeaRepository ideas, PersonRepository people, Pipeline pipeline, AuditLog audit, IdeaNumbers numbers) {
		this.ideas = ideas;
		this.numbers = numbers;
		this.people = people;
		this.pipeline = pipeline;
		this.audit = audit;
	}

	@Transactional
	public Idea create(IdeaRequest request, CurrentUser user) {
		Person author = this.people.getReferenceById(user.id());
		Organisation organisation = author.getOrganisation();
		Idea idea = new Idea(this.numbers.next(), author, organisation);
		idea.describe(request);
		this.ideas.save(idea);
		this.audit.record(user.username(), "IDEA_CREATED", "idea", idea.getId(), idea.getId(), idea.getTitle());
		return idea;
	}

	@Transactional
	public Idea edit(Long id, IdeaRequest request, CurrentUser user) {
		Idea idea = forUpdate(id, request.version(), user);
		requireAuthor(idea, user, "edit");
		if (!idea.isDraft() && revision(idea) == null) {
			throw Problems.conflict("Only a draft, or an idea sent back for revision, can be edited; "
					+ idea.getReference() + " is in " + idea.getStage());
		}
		idea.describe(request);
		this.audit.record(user.username(), "IDEA_EDITED", "idea", id, id, null);
		return idea;
	}

	@Transactional
	public Idea submit(Long id, Long version, CurrentUser user) {
		Idea idea = forUpdate(id, version, user);
		requireAuthor(idea, user, "submit");
		if (!idea.isDraft()) {
			throw Problems.conflict(idea.getReference() + " has already been submitted");
		}
		idea.submitted();
		this.audit.record(user.username(), "IDEA_SUBMITTED", "idea", id, id, null);
		this.pipeline.start(id, idea.getSubmitter().getUsername());
		return idea;
	}

	/** Sends an idea that screening sent back to its author into screening again. */
	@Transactional
	public Idea resubmit(Long id, Long version, CurrentUser user) {
		Idea idea = forUpdate(id, version, user);
		OpenGate revision = revision(idea);
		if (revision == null) {
			throw Problems.conflict(idea.getReference() + " is not waiting for a revision");
		}
		if (!revision.isFor(user.username(), user.groups())) {
			throw Problems.forbidden("Only the author of " + idea.getReference() + " may resubmit it");
		}
		this.audit.record(user.username(), "IDEA_RESUBMITTED", "idea", id, id, null);
		this.pipeline.complete(revision, Outcome.GO.name(), GateTimes.NONE);
		return idea;
	}

	@Transactional
	public Idea withdraw(Long id, Long version, CurrentUser user) {
		Idea idea = forUpdate(id, version, user);
		requireAuthor(idea, user, "withdraw");
		if (idea.isEnded()) {
			throw Problems.conflict(idea.getReference() + " has already left the pipeline (" + idea.getStage() + ")");
		}
		this.audit.record(user.username(), "IDEA_WITHDRAWN", "idea", id, id, null);
		if (idea.isDraft()) {
			idea.enterStage(Stages.WITHDRAWN, true);
		}
		else {
			this.pipeline.withdraw(id);
		}
		return idea;
	}

	/**
	 * Loads an idea the user may see to change it, refusing if the client read an older
	 * version.
	 */
	@Transactional
	public Idea forUpdate(Long id, Long readVersion, CurrentUser user) {
		return checkVersion(visibleForUpdate(id, user), readVersion);
	}

	/**
	 * As {@link #forUpdate}, for an action only the members of the idea's organisation
	 * may take: anyone else is refused (403) before the version is compared.
	 */
	@Transactional
	public Idea forMemberUpdate(Long id, Long readVersion, CurrentUser user, String refusal) {
		return checkVersion(IdeaViews.requireMember(visibleForUpdate(id, user), user, refusal), readVersion);
	}

	private Idea visibleForUpdate(Long id, CurrentUser user) {
		return this.ideas.findForUpdate(id)
			.filter((found) -> found.isVisibleTo(user))
			.orElseThrow(() -> Problems.notFound("No idea with id " + id));
	}

	private static Idea checkVersion(Idea idea, Long readVersion) {
		if (readVersion == null) {
			throw Problems.invalid("version", "must be the version of the idea you read");
		}
		if (!Objects.equals(idea.getVersion(), readVersion)) {
			throw Problems.stale(idea.getReference(), idea.getVersion());
		}
		return idea;
	}

	private OpenGate revision(Idea idea) {
		if (idea.isDraft() || idea.isEnded()) {
			return null;
		}
		return this.pipeline.openGates(idea.getId())
			.stream()
			.filter((gate) -> "revision".equals(gate.gate()))
			.findFirst()
			.orElse(null);
	}

	private static void requireAuthor(Idea idea, CurrentUser user, String action) {
		if (!idea.isAuthor(user.username())) {
			throw Problems.forbidden("Only the author of " + idea.getReference() + " may " + action + " it");
		}
	}

}
