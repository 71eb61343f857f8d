package org.civiclab.decision;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.civiclab.audit.AuditLog;
import org.civiclab.experiment.Experiment;
import org.civiclab.experiment.ExperimentRepository;
import org.civiclab.idea.Gate;
import org.civiclab.idea.GateRules;
import org.civiclab.idea.Idea;
import org.civiclab.idea.IdeaService;
import org.civiclab.idea.IdeaViews;
import org.civiclab.idea.Outcome;
import org.civiclab.people.CurrentUser;
import org.civiclab.people.PersonRepository;
import org.civiclab.people.Role;
import org.civiclab.pipeline.OpenGate;
import org.civiclab.pipeline.Pipeline;
import org.civiclab.pipeline.Pipeline.GateTimes;
import org.civiclab.pipeline.Recommendation;
import org.civiclab.pipeline.RubricScores;
import org.civiclab.web.Problems;
import org.civiclab.web.Problems.FieldProblem;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Takes gate decisions: only at the gate that is open, only by its role, with the fields
 * it needs, the scale decision by someone other than its proposer. The decision, the idea
 * and the engine change in one transaction.
 */
@Service
public class GateDecisionService {

	private final IdeaService ideas;

	private final IdeaViews views;

	private final GateDecisionRepository decisions;

	private final ExperimentRepository experiments;

	private final PersonRepository people;

	private final Pipeline pipeline;

	private final AuditLog audit;

	GateDecisionService(IdeaService ideas, IdeaViews views, GateDecisionRepository decisions,
			ExperimentRepository experiments, PersonRepository people, Pipeline pipeline, AuditLog audit) {
		this.ideas = ideas;
		this.views = views;
		this.decisions = decisions;
		this.experiments = experiments;
		this.people = people;
		this.pipeline = pipeline;
		this.audit = audit;
	}

	@Transactional(readOnly = true)
	public List<GateDecision> of(Long ideaId, CurrentUser user) {
		this.views.readable(ideaId, user);
		return this.decisions.findByIdeaIdOrderByDecidedAtAscIdAsc(ideaId);
	}

	@Transactional
	public GateDecision decide(Long ideaId, DecisionRequest request, CurrentUser user) {
		Idea idea = this.ideas.forMemberUpdate(ideaId, request.version(), user, "take its gate decisions");
		OpenGate gate = openGate(idea, request.gate());
		if (!gate.isFor(user.username(), user.groups())) {
			throw Problems.forbidden("The " + request.gate().modelName() + " gate is decided by "
					+ String.join(" or ", gate.candidateGroups()) + "; you are not one");
		}
		if (request.gate() == Gate.SCALE && idea.proposedForScalingBy(user.username())) {
			throw Problems.forbidden("You proposed " + idea.getReference()
					+ " for scaling; another executive must take the scale decision (four eyes)");
		}
		if (!gate.outcomes().contains(request.outcome().name())) {
			throw Problems.invalid("outcome",
					"must be one of " + gate.outcomes() + " at the " + request.gate().modelName() + " gate");
		}
		check(idea, request);
		Recommendation recommendation = (request.scores() != null) ? this.pipeline.recommend(scores(request)) : null;
		GateDecision decision = this.decisions
			.save(new GateDecision(ideaId, request, this.people.findById(user.id()).orElseThrow(), roleFor(gate, user),
					(recommendation != null) ? recommendation.outcome() : null,
					(recommendation != null) ? recommendation.reason() : null));
		apply(idea, request, user);
		this.audit.record(user.username(), "GATE_DECIDED", "gate_decision", decision.getId(), ideaId,
				request.gate().name() + " " + request.outcome().name());
		this.pipeline.complete(gate, request.outcome().name(),
				new GateTimes(request.timeBoxEndsAt(), request.wakeUpAt()));
		return decision;
	}

	/** What the rubric recommends for these scores, shown before the lab lead decides. */
	public Recommendation recommend(DecisionRequest.Scores scores) {
		return this.pipeline.recommend(
				new RubricScores(scores.strategicFit(), scores.citizenValue(), scores.feasibility(), scores.novelty()));
	}

	private OpenGate openGate(Idea idea, Gate gate) {
		return this.pipeline.openGates(idea.getId())
			.stream()
			.filter((open) -> gate.modelName().equals(open.gate()))
			.findFirst()
			.orElseThrow(() -> Problems.conflict("The " + gate.modelName() + " gate is not open for "
					+ idea.getReference() + ", which is in " + idea.getStage() + "; no gate can be skipped"));
	}

	private void check(Idea idea, DecisionRequest request) {
		List<FieldProblem> problems = new ArrayList<>();
		Instant now = Instant.now();
		for (String field : GateRules.requiredFields(request.gate(), request.outcome())) {
			switch (field) {
				case GateRules.RATIONALE -> require(problems, field,
						request.rationale() != null && !request.rationale().isBlank(), "is required: say why");
				case GateRules.SCORES -> require(problems, field, request.scores() != null,
						"are required at screening: strategic fit, value for citizens, feasibility, novelty");
				case GateRules.LEARNING_CARD -> require(problems, field, request.learningCard() != null,
						"is required to stop an idea: what was believed, observed, learned, and what next");
				case GateRules.BUDGET -> require(problems, field, request.budget() != null, "is required to scale");
				case GateRules.RECEIVING_UNIT ->
					require(problems, field, request.receivingUnit() != null && !request.receivingUnit().isBlank(),
							"is required to scale: who runs it from now on");
				case GateRules.CHECKLIST -> require(problems, field,
						request.checklist() != null && request.checklist().complete(),
						"must be complete to scale: data protection, accessibility, procurement, licence, service owner");
				case GateRules.TIME_BOX_ENDS_AT ->
					require(problems, field, request.timeBoxEndsAt() != null && request.timeBoxEndsAt().isAfter(now),
							"is required and must be in the future: when the test's time box ends");
				case GateRules.WAKE_UP_AT ->
					require(problems, field, request.wakeUpAt() != null && request.wakeUpAt().isAfter(now),
							"is required and must be in the future: when the idea comes off the shelf");
				default -> throw new IllegalStateException("Unknown field " + field);
			}
		}
		if (request.wakeUpAt() != null && request.timeBoxEndsAt() != null
				&& !request.timeBoxEndsAt().isAfter(request.wakeUpAt())) {
			problems.add(new FieldProblem(GateRules.TIME_BOX_ENDS_AT, "must be after the wake-up date"));
		}
		Set<Long> ownExperiments = this.experiments.findByIdeaIdOrderByCreatedAtAscIdAsc(idea.getId())
			.stream()
			.map(Experiment::getId)
			.collect(Collectors.toSet());
		if (!ownExperiments.containsAll(request.experimentIdsOrNone())) {
			problems.add(new FieldProblem("experimentIds", "must name experiments of " + idea.getReference()));
		}
		if (request.gate() == Gate.PLAN && ownExperiments.isEmpty()) {
			problems.add(new FieldProblem("experiments", "a plan needs at least one test card before it is approved"));
		}
		if (!problems.isEmpty()) {
			throw Problems.invalid(problems);
		}
	}

	private void apply(Idea idea, DecisionRequest request, CurrentUser user) {
		if (request.timeBoxEndsAt() != null) {
			idea.setTestTimeBox(request.timeBoxEndsAt(), this.pipeline.reminderBefore(request.timeBoxEndsAt()));
		}
		if (request.outcome() == Outcome.HOLD) {
			idea.shelveUntil(request.wakeUpAt());
		}
		if (request.gate() == Gate.TEST && request.outcome() == Outcome.GO) {
			idea.proposeScaling(user.username());
		}
		if (request.gate() == Gate.SCALE && request.outcome() == Outcome.GO) {
			idea.approveScaling(request.budget(), request.receivingUnit());
		}
	}

	private static Role roleFor(OpenGate gate, CurrentUser user) {
		return user.roles()
			.stream()
			.filter((role) -> gate.candidateGroups().contains(role.group()))
			.findFirst()
			.orElse(Role.INTRAPRENEUR);
	}

	private static RubricScores scores(DecisionRequest request) {
		return new RubricScores(request.scores().strategicFit(), request.scores().citizenValue(),
				request.scores().feasibility(), request.scores().novelty());
	}

	private static void require(List<FieldProblem> problems, String field, boolean present, String message) {
		if (!present) {
			problems.add(new FieldProblem(field, message));
		}
	}

}
