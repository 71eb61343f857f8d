package org.civiclab.demo;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import org.civiclab.decision.DecisionRequest;
import org.civiclab.decision.DecisionRequest.Checklist;
import org.civiclab.decision.DecisionRequest.Scores;
import org.civiclab.decision.GateDecisionService;
import org.civiclab.experiment.Experiment;
import org.civiclab.experiment.ExperimentOutcome;
import org.civiclab.experiment.ExperimentRepository;
import org.civiclab.experiment.ExperimentService;
import org.civiclab.experiment.LearningCard;
import org.civiclab.experiment.ResultRequest;
import org.civiclab.experiment.TestCardRequest;
import org.civiclab.idea.Gate;
import org.civiclab.idea.IdeaRepository;
import org.civiclab.idea.IdeaRequest;
import org.civiclab.idea.IdeaService;
import org.civiclab.idea.IdeaSharing;
import org.civiclab.idea.Sharing;
import org.civiclab.idea.Outcome;
import org.civiclab.impact.ImpactService;
import org.civiclab.impact.MeasurementRequest;
import org.civiclab.impact.TargetRequest;
import org.civiclab.people.CurrentUser;
import org.civiclab.people.CurrentUsers;

import org.springframework.stereotype.Component;

/**
 * The steps the demo takes, each through the real services as the person who would take
 * it, in its own transaction, with the idea's version read just before: what a user of
 * the API would do, so the engine and the tables agree.
 */
@Component
class DemoScript {

	private static final Checklist COMPLETE = new Checklist(true, true, true, true, true);

	private final IdeaService ideas;

	private final IdeaSharing sharing;

	private final IdeaRepository ideaRows;

	private final ExperimentService experiments;

	private final ExperimentRepository experimentRows;

	private final GateDecisionService decisions;

	private final ImpactService impact;

	private final CurrentUsers users;

	private final DemoLists lists;

	private final DemoTimeline timeline;

	DemoScript(IdeaService ideas, IdeaSharing sharing, IdeaRepository ideaRows, ExperimentService experiments,
			ExperimentRepository experimentRows, GateDecisionService decisions, ImpactService impact,
			CurrentUsers users, DemoLists lists, DemoTimeline timeline) {
		this.ideas = ideas;
		this.sharing = sharing;
		this.timeline = timeline;
		this.lists = lists;
		this.ideaRows = ideaRows;
		this.experiments = experiments;
		this.experimentRows = experimentRows;
		this.decisions = decisions;
		this.impact = impact;
		this.users = users;
	}

	/** What follows happened this many days before the demo was created. */
	void daysAgo(int days) {
		this.timeline.daysAgo(days);
	}

	/**
	 * A moment this many days after the current step (a time box's end, a wake-up date).
	 */
	Instant inDays(int days) {
		return this.timeline.inDays(days);
	}

	static Scores scores(int strategicFit, int citizenValue, int feasibility, int novelty) {
		return new Scores(strategicFit, citizenValue, feasibility, novelty);
	}

	static LearningCard learned(String believed, String observed, String learned, String therefore) {
		return new LearningCard(believed, observed, learned, therefore);
	}

	Long draft(String author, IdeaRequest idea) {
		this.lists.idea(idea);
		return this.ideas.create(idea, user(author)).getId();
	}

	Long submitted(String author, IdeaRequest idea) {
		Long id = draft(author, idea);
		this.ideas.submit(id, version(id), user(author));
		return id;
	}

	/** Edits an idea sent back for revision and sends it to screening again. */
	void revise(String author, Long id, IdeaRequest revised) {
		this.lists.idea(revised);
		this.ideas.edit(id,
				new IdeaRequest(revised.title(), revised.problem(), revised.proposal(), revised.beneficiaries(),
						revised.department(), revised.entryRoute(), revised.themes(), revised.estimatedCost(),
						revised.publicIdea(), version(id), revised.fields()),
				user(author));
		this.ideas.resubmit(id, version(id), user(author));
	}

	/** The lab lead shares the idea this far (demo ideas are written as public). */
	void share(String labLead, Long id, Sharing sharing) {
		this.sharing.share(id, sharing, version(id), user(labLead));
	}

	void withdraw(String author, Long id) {
		this.ideas.withdraw(id, version(id), user(author));
	}

	void screen(String labLead, Long id, Outcome outcome, Scores scores, String rationale) {
		decide(labLead, id, Gate.SCREENING, outcome, rationale, null, scores, null, null);
	}

	void shelveFromScreening(String labLead, Long id, Scores scores, String rationale, Instant wakeUpAt) {
		decide(labLead, id, Gate.SCREENING, Outcome.HOLD, rationale, null, scores, null, wakeUpAt);
	}

	Long testCard(String labLead, Long id, TestCardRequest card) {
		return this.experiments.add(id, card, user(labLead)).getId();
	}

	void result(String labLead, Long experimentId, String result, ExperimentOutcome outcome, LearningCard card) {
		result(labLead, experimentId, result, outcome, card, null);
	}

	/**
	 * A result with what the test actually cost, for the dashboard's budgeted against
	 * spent.
	 */
	void result(String labLead, Long experimentId, String result, ExperimentOutcome outcome, LearningCard card,
			BigDecimal costSpent) {
		Long version = this.experimentRows.findById(experimentId).map(Experiment::getVersion).orElseThrow();
		this.experiments.recordResult(experimentId, new ResultRequest(result, outcome, card, costSpent, version),
				user(labLead));
	}

	void approvePlan(String labLead, Long id, Instant timeBoxEndsAt, String rationale) {
		decide(labLead, id, Gate.PLAN, Outcome.GO, rationale, null, null, null, null, timeBoxEndsAt);
	}

	/** The test gate's Go: the lab lead proposes the idea for scaling. */
	void proposeScaling(String labLead, Long id, String rationale) {
		decide(labLead, id, Gate.TEST, Outcome.GO, rationale, null, null, null, null);
	}

	/** The test gate's Recycle: back to the plan for another round. */
	void newRound(String labLead, Long id, String rationale) {
		decide(labLead, id, Gate.TEST, Outcome.RECYCLE, rationale, null, null, null, null);
	}

	void stopAfterTest(String labLead, Long id, String rationale, LearningCard card) {
		decide(labLead, id, Gate.TEST, Outcome.KILL, rationale, null, null, card, null);
	}

	void scale(String executive, Long id, BigDecimal budget, String receivingUnit, String rationale,
			String conditions) {
		this.lists.receivingUnit(receivingUnit);
		this.decisions.decide(id, new DecisionRequest(Gate.SCALE, Outcome.GO, rationale, conditions, null, null, budget,
				receivingUnit, COMPLETE, null, null, experimentIds(id), version(id)), user(executive));
	}

	void stopAtScaleDecision(String executive, Long id, String rationale, LearningCard card) {
		decide(executive, id, Gate.SCALE, Outcome.KILL, rationale, null, null, card, null);
	}

	Long target(String labLead, Long id, String metric, String unit, double baseline, double target) {
		return this.impact
			.addTarget(id, new TargetRequest(metric, unit, amount(baseline), amount(target)), user(labLead))
			.getId();
	}

	/** A measurement taken on the current step's day. */
	void measure(String labLead, Long targetId, double value, String note) {
		this.impact.measure(targetId, new MeasurementRequest(this.timeline.today(), amount(value), note),
				user(labLead));
	}

	void confirmAdoption(String labLead, Long id, String rationale) {
		decide(labLead, id, Gate.ADOPTION, Outcome.GO, rationale, null, null, null, null);
	}

	private void decide(String username, Long id, Gate gate, Outcome outcome, String rationale, String conditions,
			Scores scores, LearningCard card, Instant wakeUpAt) {
		decide(username, id, gate, outcome, rationale, conditions, scores, card, wakeUpAt, null);
	}

	private void decide(String username, Long id, Gate gate, Outcome outcome, String rationale, String conditions,
			Scores scores, LearningCard card, Instant wakeUpAt, Instant timeBoxEndsAt) {
		this.decisions.decide(id, new DecisionRequest(gate, outcome, rationale, conditions, scores, card, null, null,
				null, timeBoxEndsAt, wakeUpAt, experimentIds(id), version(id)), user(username));
	}

	/** A measured amount as written: 120, not 120.0. */
	private static BigDecimal amount(double value) {
		return new BigDecimal(BigDecimal.valueOf(value).stripTrailingZeros().toPlainString());
	}

	private List<Long> experimentIds(Long id) {
		return this.experimentRows.findByIdeaIdOrderByCreatedAtAscIdAsc(id).stream().map(Experiment::getId).toList();
	}

	private Long version(Long id) {
		return this.ideaRows.findById(id).orElseThrow().getVersion();
	}

	private CurrentUser user(String username) {
		return this.users.byUsername(username);
	}

}
