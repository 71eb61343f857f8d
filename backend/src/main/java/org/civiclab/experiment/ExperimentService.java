package org.civiclab.experiment;

import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.civiclab.audit.AuditLog;
import org.civiclab.idea.Idea;
import org.civiclab.idea.IdeaViews;
import org.civiclab.people.CurrentUser;
import org.civiclab.people.Role;
import org.civiclab.web.Problems;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Lab leads write test cards while an idea is planned or tested, and record what each
 * test showed.
 */
@Service
public class ExperimentService {

	private static final Set<String> OPEN_STAGES = Set.of("plan", "test");

	private final ExperimentRepository experiments;

	private final IdeaViews ideas;

	private final AuditLog audit;

	ExperimentService(ExperimentRepository experiments, IdeaViews ideas, AuditLog audit) {
		this.experiments = experiments;
		this.ideas = ideas;
		this.audit = audit;
	}

	@Transactional(readOnly = true)
	public List<Experiment> of(Long ideaId, CurrentUser user) {
		this.ideas.readable(ideaId, user);
		return this.experiments.findByIdeaIdOrderByCreatedAtAscIdAsc(ideaId);
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
		Experiment experiment = find(id);
		openFor(experiment.getIdeaId(), user);
		checkVersion(experiment, card.version());
		if (experiment.getStatus() == Experiment.Status.COMPLETED) {
			throw Problems.conflict("The experiment has its result; its test card can no longer change");
		}
		experiment.describe(card);
		this.audit.record(user.username(), "EXPERIMENT_EDITED", "experiment", id, experiment.getIdeaId(), null);
		return experiment;
	}

	@Transactional
	public Experiment recordResult(Long id, ResultRequest request, CurrentUser user) {
		Experiment experiment = find(id);
		openFor(experiment.getIdeaId(), user);
		checkVersion(experiment, request.version());
		if (experiment.getStatus() == Experiment.Status.COMPLETED) {
			throw Problems.conflict("The experiment's result is recorded already; a result is kept as it was found");
		}
		experiment.record(request.result(), request.outcome(), request.learningCard(), request.costSpent());
		this.audit.record(user.username(), "EXPERIMENT_RESULT_RECORDED", "experiment", id, experiment.getIdeaId(),
				request.outcome().name());
		return experiment;
	}

	private Experiment find(Long id) {
		return this.experiments.findById(id).orElseThrow(() -> Problems.notFound("No experiment with id " + id));
	}

	private static void checkVersion(Experiment experiment, Long readVersion) {
		if (readVersion == null) {
			throw Problems.invalid("version", "must be the version of the experiment you read");
		}
		if (!Objects.equals(experiment.getVersion(), readVersion)) {
			throw Problems.stale("The experiment", experiment.getVersion());
		}
	}

	private Idea openFor(Long ideaId, CurrentUser user) {
		Idea idea = this.ideas.ofOwnOrganisation(ideaId, user, "record its experiments");
		if (!user.has(Role.LAB_LEAD)) {
			throw Problems.forbidden("Only a lab lead records experiments");
		}
		if (!OPEN_STAGES.contains(idea.getStage())) {
			throw Problems.conflict("Experiments are written in the plan and test stages; " + idea.getReference()
					+ " is in " + idea.getStage());
		}
		return idea;
	}

}
