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
import org.civiclab.idea.DecisionField;
import org.civiclab.idea.GateCatalogue;
import org.civiclab.idea.GateRefusals;
import org.civiclab.idea.Idea;
import org.civiclab.idea.IdeaEvent;
import org.civiclab.idea.IdeaPolicy;
import org.civiclab.idea.IdeaService;
import org.civiclab.idea.IdeaViews;
import org.civiclab.idea.Outcome;
import org.civiclab.lists.ListKind;
import org.civiclab.lists.ManagedLists;
import org.civiclab.people.CurrentUser;
import org.civiclab.people.CurrentUsers;
import org.civiclab.people.PersonRepository;
import org.civiclab.people.Role;
import org.civiclab.pipeline.OpenGate;
import org.civiclab.pipeline.Pipeline;
import org.civiclab.pipeline.Pipeline.GateTimes;
import org.civiclab.pipeline.Recommendation;
import org.civiclab.pipeline.RubricScores;
import org.civiclab.web.Problems;
import org.civiclab.web.Problems.FieldProblem;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Takes gate decisions: only at the gate that is open, only by whom {@link IdeaPolicy}
 * allows (its role, its organisation, no conflict of interest), with the fields the
 * {@link GateCatalogue} asks. The decision, the idea and the engine change in one
 * transaction.
 */
@Service
public class GateDecisionService {

	private final IdeaService ideas;

	private final IdeaViews views;

	private final GateDecisionRepository decisions;

	private final ExperimentRepository experiments;

	private final PersonRepository persons;

	private final CurrentUsers people;

	private final Pipeline pipeline;

	private final AuditLog audit;

	private final ManagedLists lists;

	private final ApplicationEventPublisher events;

	GateDecisionService(IdeaService ideas, IdeaViews views, GateDecisionRepository decisions,
			ExperimentRepository experiments, PersonRepository persons, CurrentUsers people, Pipeline pipeline,
			AuditLog audit, ManagedLists lists, ApplicationEventPublisher events) {
		this.events = events;
		this.ideas = ideas;
		this.lists = lists;
		this.views = views;
		this.decisions = decisions;
		this.experiments = experiments;
		this.persons = persons;
		this.people = people;
		this.pipeline = pipeline;
		this.audit = audit;
	}

	/** The decisions taken on an idea, oldest first, as the reader may see them. */
	@Transactional(readOnly = true)
	public List<DecisionView> of(Long ideaId, CurrentUser user) {
		boolean full = this.views.read(ideaId, user).isFull();
		return this.decisions.findByIdeaIdOrderByDecidedAtAscIdAsc(ideaId)
			.stream()
			.map(full ? DecisionView::full : DecisionView::shared)
			.toList();
	}

	/**
	 * Takes a decision at the gate that is open, in the order of docs/adr/0014: hidden
	 * (404), not a member (403), stale version (409), no such gate open (409), not theirs
	 * to take (403, with who may), bad fields (400).
	 */
	@Transactional
	public DecisionView decide(Long ideaId, DecisionRequest asSent, CurrentUser user) {
		DecisionRequest request = asSent;
		Idea idea = IdeaViews.requireMember(this.ideas.visibleForUpdate(ideaId, user), user,
				"idea.members-only.decisions");
		if (!request.gate().isDecision()) {
			throw Problems.invalid("gate", "decision.revision-not-decided", ideaId);
		}
		IdeaService.checkVersion(idea, request.version());
		OpenGate gate = openGate(idea, request.gate());
		IdeaPolicy.Facts facts = idea.facts();
		IdeaPolicy.GateRight right = IdeaPolicy.gateRight(user, facts, gate);
		if (!right.allowed()) {
			throw GateRefusals.refused(idea, gate, right, IdeaPolicy.whoMayPass(facts, gate,
					this.people.candidatesOf(facts.organisationId(), IdeaPolicy.candidateRoles(gate), Set.of())));
		}
		if (!gate.outcomes().contains(request.outcome().name())) {
			throw Problems.invalid("outcome", "decision.outcome-not-at-gate", gate.outcomes(),
					request.gate().modelName());
		}
		check(idea, request);
		if (request.gate() == Gate.SCALE && request.outcome() == Outcome.GO) {
			request = request.withReceivingUnit(this.lists.canonical(idea.getOrganisation().getId(),
					ListKind.RECEIVING_UNITS, request.receivingUnit(), "receivingUnit"));
		}
		Recommendation recommendation = (request.scores() != null) ? this.pipeline.recommend(scores(request)) : null;
		GateDecision decision = this.decisions
			.save(new GateDecision(ideaId, request, this.persons.findById(user.id()).orElseThrow(), roleFor(gate, user),
					(recommendation != null) ? recommendation.outcome() : null,
					(recommendation != null) ? recommendation.reason() : null));
		apply(idea, request, user);
		this.audit.record(user.username(), "GATE_DECIDED", "gate_decision", decision.getId(), ideaId,
				request.gate().name() + " " + request.outcome().name());
		this.events
			.publishEvent(IdeaEvent.of(ideaId, user.id(), GateCatalogue.told(request.gate(), request.outcome())));
		this.events.publishEvent(new GateDecided(ideaId, decision.getId(), request.gate()));
		this.pipeline.complete(gate, request.outcome().name(),
				new GateTimes(request.timeBoxEndsAt(), request.wakeUpAt()));
		return DecisionView.full(decision);
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
			.orElseThrow(() -> Problems.conflict("decision.gate-not-open", gate.modelName(), idea.getReference(),
					idea.getStage()));
	}

	private void check(Idea idea, DecisionRequest request) {
		List<FieldProblem> problems = new ArrayList<>();
		Instant now = Instant.now();
		for (DecisionField field : GateCatalogue.requiredFields(request.gate(), request.outcome())) {
			if (!field.isPresentIn(request, now)) {
				problems.add(FieldProblem.of(field.apiName(), "decision.missing." + field.apiName()));
			}
		}
		if (request.wakeUpAt() != null && request.timeBoxEndsAt() != null
				&& !request.timeBoxEndsAt().isAfter(request.wakeUpAt())) {
			problems.add(FieldProblem.of(DecisionField.TIME_BOX_ENDS_AT.apiName(), "decision.time-box-before-wake-up"));
		}
		Set<Long> ownExperiments = this.experiments.findByIdeaIdOrderByCreatedAtAscIdAsc(idea.getId())
			.stream()
			.map(Experiment::getId)
			.collect(Collectors.toSet());
		if (!ownExperiments.containsAll(request.experimentIdsOrNone())) {
			problems.add(FieldProblem.of("experimentIds", "decision.experiments-of-other-idea", idea.getReference()));
		}
		if (request.gate() == Gate.PLAN && ownExperiments.isEmpty()) {
			problems.add(FieldProblem.of("experiments", "decision.plan-needs-test-card"));
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
		if (GateCatalogue.publishes(request.gate(), request.outcome())) {
			idea.passScreening();
		}
		if (GateCatalogue.proposesScaling(request.gate(), request.outcome())) {
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

}
