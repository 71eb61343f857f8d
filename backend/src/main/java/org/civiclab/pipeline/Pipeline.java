package org.civiclab.pipeline;

import java.time.Instant;
import java.time.Period;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.dmn.DecisionsEvaluationBuilder;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;

import org.civiclab.database.Contention;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one door to the process engine: start an idea's process, see what waits on it,
 * complete a gate, withdraw it, ask the rubric. Runs in the caller's transaction, so the
 * engine and the tables change together or not at all.
 */
@Service
public class Pipeline {

	/** At most this many rubric answers are kept: a few versions' worth. */
	private static final int RUBRIC_ANSWERS = 4 * 625;

	private final RuntimeService runtime;

	private final TaskService tasks;

	private final DecisionService decisions;

	private final PipelineModel model;

	private final PipelineProperties properties;

	private final EngineCommands commands;

	private final RepositoryService repository;

	/**
	 * The rubric's answers by the deployed table's id and the scores: a table is a pure
	 * function of the four scores (1 to 5 each), so each of its 625 answers is evaluated
	 * once; a new version of the table has a new id and is evaluated afresh.
	 */
	private final Map<RubricQuestion, Recommendation> rubricAnswers = new ConcurrentHashMap<>();

	Pipeline(RuntimeService runtime, TaskService tasks, DecisionService decisions, PipelineModel model,
			PipelineProperties properties, EngineCommands commands, RepositoryService repository) {
		this.repository = repository;
		this.runtime = runtime;
		this.tasks = tasks;
		this.decisions = decisions;
		this.model = model;
		this.properties = properties;
		this.commands = commands;
	}

	@Transactional(propagation = Propagation.MANDATORY)
	public void start(Long ideaId, String submitter) {
		start(ideaId, submitter, null, null);
	}

	/**
	 * Starts an idea's process with its organisation's times, where it has its own
	 * ({@code null}: the installation's, from the properties). Read at each start, so a
	 * change applies to the next idea without a restart.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void start(Long ideaId, String submitter, Period screeningEscalationAfter, Period benefitReviewEvery) {
		Period escalation = (screeningEscalationAfter != null) ? screeningEscalationAfter
				: this.properties.screeningEscalationAfter();
		this.runtime.startProcessInstanceByKey(PipelineProcess.KEY, ideaId.toString(), Variables.createVariables()
			.putValue(PipelineProcess.IDEA_ID, ideaId)
			.putValue(PipelineProcess.SUBMITTER, submitter)
			.putValue(PipelineProcess.SCREENING_ESCALATION_AFTER, escalation.toString())
			.putValue(PipelineProcess.BENEFIT_REVIEW_CYCLE, this.properties.benefitReviewCycle(benefitReviewEvery)));
	}

	/** The gates that wait on an idea now. */
	public List<OpenGate> openGates(Long ideaId) {
		return toGates(this.tasks.createTaskQuery()
			.processDefinitionKey(PipelineProcess.KEY)
			.processInstanceBusinessKey(ideaId.toString())
			.list());
	}

	/** The gates that wait on each of these ideas now, in one query (for the board). */
	public Map<Long, List<OpenGate>> openGates(Collection<Long> ideaIds) {
		if (ideaIds.isEmpty()) {
			return Map.of();
		}
		List<Task> found = this.tasks.createTaskQuery()
			.processDefinitionKey(PipelineProcess.KEY)
			.processInstanceBusinessKeyIn(ideaIds.stream().map(String::valueOf).toArray(String[]::new))
			.list();
		return toGates(found).stream().collect(Collectors.groupingBy(OpenGate::ideaId));
	}

	/**
	 * The gates that wait on someone with these groups or this username, oldest first.
	 */
	public List<OpenGate> openGatesFor(String username, Collection<String> groups) {
		// The pipeline's gates only: a challenge's review is not an idea's.
		List<Task> found = this.tasks.createTaskQuery()
			.processDefinitionKey(PipelineProcess.KEY)
			.or()
			.taskCandidateUser(username)
			// A list the engine may add to: for a user it knows (the cockpit's admin) it
			// adds
			// their engine groups, and an unmodifiable list made that a 500.
			.taskCandidateGroupIn(new ArrayList<>(groups))
			.endOr()
			.orderByTaskCreateTime()
			.asc()
			.list();
		return toGates(found);
	}

	/**
	 * Completes a gate with its outcome and the dates the model's timers need. The idea's
	 * process is locked first, until the caller's transaction ends: of two people
	 * deciding at once, the second waits, then finds the gate closed.
	 * @throws ConcurrentChangeException if someone completed it at the same moment
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void complete(OpenGate gate, String outcome, GateTimes times) {
		VariableMap variables = Variables.createVariables().putValue(PipelineProcess.OUTCOME, outcome);
		putDate(variables, PipelineProcess.TEST_ENDS_AT, times.testEndsAt());
		putDate(variables, PipelineProcess.TEST_REMIND_AT,
				(times.testEndsAt() != null) ? reminderBefore(times.testEndsAt()) : null);
		putDate(variables, PipelineProcess.WAKE_UP_AT, times.wakeUpAt());
		if (!this.commands.lockProcessOfOpenTask(gate.taskId())) {
			throw new ConcurrentChangeException(null);
		}
		try {
			this.tasks.complete(gate.taskId(), variables);
		}
		catch (OptimisticLockingException ex) {
			throw new ConcurrentChangeException(ex);
		}
		catch (RuntimeException ex) {
			// A deadlock the database resolved; or someone completed the task since we
			// read it: the engine then fails in ways that differ by database (a missing
			// task, a missing execution).
			if (Contention.causedBy(ex) || this.tasks.createTaskQuery().taskId(gate.taskId()).count() == 0) {
				throw new ConcurrentChangeException(ex);
			}
			throw ex;
		}
	}

	/**
	 * Ends the idea's process, from whatever stage it is in; locked first, like a gate
	 * decision.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void withdraw(Long ideaId) {
		if (!this.commands.lockRunningProcess(ideaId.toString())) {
			throw new ConcurrentChangeException(null);
		}
		try {
			this.runtime.createMessageCorrelation(PipelineProcess.WITHDRAWN_MESSAGE)
				.processInstanceBusinessKey(ideaId.toString())
				.correlate();
		}
		catch (OptimisticLockingException ex) {
			throw new ConcurrentChangeException(ex);
		}
		catch (MismatchingMessageCorrelationException ex) {
			// The idea's process ended since we read it.
			if (!isRunning(ideaId)) {
				throw new ConcurrentChangeException(ex);
			}
			throw ex;
		}
		catch (RuntimeException ex) {
			if (Contention.causedBy(ex)) {
				throw new ConcurrentChangeException(ex);
			}
			throw ex;
		}
	}

	/** When the reminder for a time box ending at this instant comes. */
	public Instant reminderBefore(Instant endsAt) {
		return endsAt.minus(this.properties.timeBoxReminderBefore());
	}

	public boolean isRunning(Long ideaId) {
		return this.runtime.createProcessInstanceQuery().processInstanceBusinessKey(ideaId.toString()).count() > 0;
	}

	/**
	 * The screening rubric's recommendation for these scores, from the latest deployed
	 * version of the rubric (read at each call, as the engine itself would).
	 */
	public Recommendation recommend(RubricScores scores) {
		DecisionDefinition rubric = this.repository.createDecisionDefinitionQuery()
			.decisionDefinitionKey(PipelineProcess.RUBRIC)
			.latestVersion()
			.singleResult();
		if (rubric == null) {
			// No rubric deployed: the engine's own answer (its error) as before.
			return evaluate(this.decisions.evaluateDecisionByKey(PipelineProcess.RUBRIC), scores);
		}
		if (this.rubricAnswers.size() > RUBRIC_ANSWERS) {
			this.rubricAnswers.clear();
		}
		return this.rubricAnswers.computeIfAbsent(new RubricQuestion(rubric.getId(), scores),
				(question) -> evaluate(this.decisions.evaluateDecisionById(question.rubricId()), scores));
	}

	private static Recommendation evaluate(DecisionsEvaluationBuilder evaluation, RubricScores scores) {
		Map<String, Object> result = evaluation
			.variables(Variables.createVariables()
				.putValue("strategicFit", scores.strategicFit())
				.putValue("citizenValue", scores.citizenValue())
				.putValue("feasibility", scores.feasibility())
				.putValue("novelty", scores.novelty()))
			.evaluate()
			.getSingleResult()
			.getEntryMap();
		return new Recommendation((String) result.get("recommendation"), (String) result.get("reasonCode"),
				(String) result.get("reason"));
	}

	/** The board's columns, read from the deployed model. */
	public List<StageColumn> stages() {
		return this.model.stages();
	}

	/** The gates of the deployed model, each with the outcomes it allows. */
	public Map<String, List<String>> gates() {
		return this.model.gates();
	}

	/**
	 * The records a stage allows (its elements' {@code records} property); none for a
	 * stage the model does not name (a draft).
	 */
	public Set<StageCapability> allows(String stage) {
		return stages().stream()
			.filter((column) -> column.stage().equals(stage))
			.map(StageColumn::allows)
			.findFirst()
			.orElse(Set.of());
	}

	/**
	 * The gates of these tasks. A task whose process ended, or that was completed, since
	 * the task query found it is no longer open and is left out: the engine is read more
	 * than once here, and a gate decision may come in between.
	 */
	private List<OpenGate> toGates(List<Task> found) {
		if (found.isEmpty()) {
			return List.of();
		}
		Map<String, Long> ideaIds = new HashMap<>();
		this.runtime.createProcessInstanceQuery()
			.processInstanceIds(found.stream().map(Task::getProcessInstanceId).collect(Collectors.toSet()))
			.list()
			.forEach((instance) -> ideaIds.put(instance.getId(), StageTracking.ideaId(instance.getBusinessKey())));
		List<Task> open = found.stream().filter((task) -> ideaIds.containsKey(task.getProcessInstanceId())).toList();
		Map<String, Set<String>> candidateUsers = this.commands
			.candidateUsers(open.stream().filter((task) -> element(task).candidateUsers()).map(Task::getId).toList());
		List<OpenGate> gates = new ArrayList<>();
		for (Task task : open) {
			PipelineModel.Element element = element(task);
			if (element.candidateUsers() && !candidateUsers.containsKey(task.getId())) {
				continue;
			}
			gates.add(new OpenGate(task.getId(), ideaIds.get(task.getProcessInstanceId()), element.id(), element.name(),
					element.gate(), element.stage(), element.outcomes(), element.outcomeStages(),
					element.candidateGroups(), Set.copyOf(candidateUsers.getOrDefault(task.getId(), Set.of())),
					task.getCreateTime().toInstant()));
		}
		return List.copyOf(gates);
	}

	private PipelineModel.Element element(Task task) {
		return this.model.element(task.getProcessDefinitionId(), task.getTaskDefinitionKey());
	}

	private static void putDate(VariableMap variables, String name, Instant value) {
		if (value != null) {
			variables.putValue(name, Date.from(value));
		}
	}

	private record RubricQuestion(String rubricId, RubricScores scores) {
	}

	/** The dates a gate decision gives the model's timers; either may be null. */
	public record GateTimes(Instant testEndsAt, Instant wakeUpAt) {

		public static final GateTimes NONE = new GateTimes(null, null);

	}

}
