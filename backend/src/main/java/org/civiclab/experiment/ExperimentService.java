package org.civiclab.experiment;

import java.util.List;
import java.util.Objects;

import org.civiclab.audit.AuditLog;
import org.civiclab.idea.Idea;
import org.civiclab.idea.IdeaPolicy;
import org.civiclab.idea.IdeaViews;
import org.civiclab.people.CurrentUser;
import org.civiclab.people.Role;
import org.civiclab.pipeline.Pipeline;
import org.civiclab.pipeline.StageCapability;
import org.civiclab.web.Problems;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Lab leads write test cards in the stages whose model allows experiments (plan and test
 * in ours), and record what each test showed.
 */
@Service
public class ExperimentService {

	private final ExperimentRepository experiments;

	private final IdeaViews ideas;

	private final Pipeline pipeline;

	private final AuditLog audit;

	ExperimentService(ExperimentRepository experiments, IdeaViews ideas, Pipeline pipeline, AuditLog audit) {
		this.experiments = experiments;
		this.ideas = ideas;
		this.pipeline = pipeline;
		this.audit = audit;
	}

	/** An idea's experiments, oldest first, as the reader may see them. */
	@Transactional(readOnly = true)
	public List<ExperimentView> of(Long ideaId, CurrentUser user) {
		boolean full = this.ideas.read(ideaId, user).isFull();
		return this.experiments.findByIdeaIdOrderByCreatedAtAscIdAsc(ideaId)
			.stream()
			.map(full ? ExperimentView::full : ExperimentView::shared)
			.toList();
	}

	@Transactional
	public Experiment add(Long ideaId, TestCardRequest card, CurrentUser user) {
		Idea idea = openFor(ideaId, user);
		Experiment experiment = new Experiment(idea.getId());
		experiment.describe(card);
		this.experiments.save(experiment);
		this.audit.record(user.username(), "EXPERIMENT_ADDED", "experiment", experiment.getId(), ideaId, card.title());
		return experiment;
	}

	@Transactional
	public Experiment edit(Long id, TestCardRequest card, CurrentUser user) {
		Experiment experiment = find(id, user);
		openFor(experiment.getIdeaId(), user);
		checkVersion(experiment, card.version());
		if (experiment.getStatus() == Experiment.Status.COMPLETED) {
			throw Problems.conflict("experiment.card-final");
		}
		experiment.describe(card);
		this.audit.record(user.username(), "EXPERIMENT_EDITED", "experiment", id, experiment.getIdeaId(), null);
		return experiment;
	}

	@Transactional
	public Experiment recordResult(Long id, ResultRequest request, CurrentUser user) {
		Experiment experiment = find(id, user);
		openFor(experiment.getIdeaId(), user);
		checkVersion(experiment, request.version());
		if (experiment.getStatus() == Experiment.Status.COMPLETED) {
			throw Problems.conflict("experiment.result-final");
		}
		experiment.record(request.result(), request.outcome(), request.learningCard(), request.costSpent());
		this.audit.record(user.username(), "EXPERIMENT_RESULT_RECORDED", "experiment", id, experiment.getIdeaId(),
				request.outcome().name());
		return experiment;
	}

	/**
	 * An experiment of an idea the user may know of; any other answers 404 as if it did
	 * not exist, without naming its idea.
	 */
	private Experiment find(Long id, CurrentUser user) {
		return this.experiments.findById(id)
			.filter((experiment) -> this.ideas.mayKnow(experiment.getIdeaId(), user))
			.orElseThrow(() -> Problems.notFound("experiment.not-found", id));
	}

	private static void checkVersion(Experiment experiment, Long readVersion) {
		if (readVersion == null) {
			throw Problems.invalid("version", "experiment.version-needed");
		}
		if (!Objects.equals(experiment.getVersion(), readVersion)) {
			throw Problems.stale(experiment.getVersion(), "experiment.stale");
		}
	}

	/**
	 * A lab lead of the idea's organisation, in a stage whose model allows experiments.
	 */
	private Idea openFor(Long ideaId, CurrentUser user) {
		Idea idea = IdeaViews.requireParticipant(this.ideas.readable(ideaId, user), user,
				"idea.members-only.experiments");
		if (!user.has(Role.LAB_LEAD)) {
			throw Problems.forbidden("experiment.lab-lead-only");
		}
		if (!IdeaPolicy.mayRecord(user, idea.facts(), StageCapability.EXPERIMENTS,
				this.pipeline.allows(idea.getStage()))) {
			throw Problems.conflict("experiment.not-in-stage", idea.getStage(), idea.getReference());
		}
		return idea;
	}

}
