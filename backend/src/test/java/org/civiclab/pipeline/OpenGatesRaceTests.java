package org.civiclab.pipeline;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.runtime.ProcessInstanceQuery;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

/**
 * The board, an idea's page and "my tasks" read the engine twice or more: the tasks, then
 * the process instances they belong to, then who may act on them. A gate decision that
 * ends an idea's process, or moves it on, between two of those reads must not make the
 * read fail (it did: a NullPointerException, a 500 from {@code GET /api/board}). Here the
 * decision is forced into exactly that moment.
 */
@Deployment(resources = { "processes/innovation-pipeline.bpmn", "processes/screening-rubric.dmn" })
class OpenGatesRaceTests {

	// The process tests' engine, whose configuration collects model coverage.
	@RegisterExtension
	static ProcessEngineCoverageExtension engine = ProcessEngineCoverageExtension
		.builder("process-tests.camunda.cfg.xml")
		.build();

	private static final PipelineProperties PROPERTIES = new PipelineProperties(null, null, 0, null);

	@BeforeEach
	void delegates() {
		Mocks.register("escalateScreeningDelegate", mock(JavaDelegate.class));
		Mocks.register("remindTimeBoxDelegate", mock(JavaDelegate.class));
		Mocks.register("requestBenefitReviewDelegate", mock(JavaDelegate.class));
	}

	@AfterEach
	void reset() {
		Mocks.reset();
	}

	@Test
	void anIdeaWhoseProcessEndsBetweenTheReadsOfTheBoardHasNoOpenGate() {
		ProcessEngine processEngine = engine.getProcessEngine();
		pipeline(processEngine.getRuntimeService()).start(101L, "anna");
		pipeline(processEngine.getRuntimeService()).start(102L, "anna");
		// The lab lead declines idea 101 just after the board read its tasks.
		Pipeline board = pipeline(beforeProcessInstanceQuery(processEngine.getRuntimeService(),
				() -> decide(processEngine, 101L, "KILL")));

		Map<Long, List<OpenGate>> gates = board.openGates(List.of(101L, 102L));

		assertThat(gates).containsOnlyKeys(102L);
		assertThat(gates.get(102L)).singleElement().satisfies((gate) -> assertThat(gate.gate()).isEqualTo("screening"));
	}

	@Test
	void anIdeaWhoseProcessEndsBetweenTheReadsOfMyTasksIsNotInThem() {
		ProcessEngine processEngine = engine.getProcessEngine();
		pipeline(processEngine.getRuntimeService()).start(111L, "anna");
		Pipeline myTasks = pipeline(beforeProcessInstanceQuery(processEngine.getRuntimeService(),
				() -> decide(processEngine, 111L, "KILL")));

		List<OpenGate> gates = myTasks.openGatesFor("lena", Set.of("lab-lead"));

		assertThat(gates).extracting(OpenGate::ideaId).doesNotContainNull().doesNotContain(111L);
		assertThat(myTasks.openGates(111L)).isEmpty();
	}

	@Test
	void aRevisionCompletedBetweenTheReadsOfAnIdeaIsNoLongerOpen() {
		ProcessEngine processEngine = engine.getProcessEngine();
		Pipeline pipeline = pipeline(processEngine.getRuntimeService());
		pipeline.start(121L, "anna");
		decide(processEngine, 121L, "RECYCLE");
		assertThat(pipeline.openGates(121L)).singleElement()
			.satisfies((gate) -> assertThat(gate.candidateUsers()).containsExactly("anna"));
		// Anna resubmits after the idea's page found her revision and its process, before
		// it asked who may act on the revision.
		Pipeline page = pipeline(
				afterProcessInstanceQuery(processEngine.getRuntimeService(), () -> decide(processEngine, 121L, "GO")));

		List<OpenGate> gates = page.openGates(121L);

		assertThat(gates).extracting(OpenGate::gate).doesNotContain("revision");
	}

	private static Pipeline pipeline(RuntimeService runtime) {
		ProcessEngine processEngine = engine.getProcessEngine();
		return new Pipeline(runtime, processEngine.getTaskService(), processEngine.getDecisionService(),
				new PipelineModel(processEngine.getRepositoryService()), PROPERTIES,
				new EngineCommands((ProcessEngineConfigurationImpl) processEngine.getProcessEngineConfiguration()),
				processEngine.getRepositoryService());
	}

	/** Completes the one task open on the idea with this outcome. */
	private static void decide(ProcessEngine processEngine, long ideaId, String outcome) {
		String task = processEngine.getTaskService()
			.createTaskQuery()
			.processInstanceBusinessKey(Long.toString(ideaId))
			.singleResult()
			.getId();
		processEngine.getTaskService()
			.complete(task, Variables.createVariables().putValue(PipelineProcess.OUTCOME, outcome));
	}

	/** The runtime service, with something happening just before each instance query. */
	private static RuntimeService beforeProcessInstanceQuery(RuntimeService runtime, Runnable meanwhile) {
		Runnable once = once(meanwhile);
		return proxy(RuntimeService.class, runtime, (proxy, method, arguments) -> {
			if (method.getName().equals("createProcessInstanceQuery")) {
				once.run();
			}
			return invoke(runtime, method, arguments);
		});
	}

	/** The runtime service, with something happening just after each instance query. */
	private static RuntimeService afterProcessInstanceQuery(RuntimeService runtime, Runnable meanwhile) {
		Runnable once = once(meanwhile);
		return proxy(RuntimeService.class, runtime, (proxy, method, arguments) -> {
			Object result = invoke(runtime, method, arguments);
			if (method.getName().equals("createProcessInstanceQuery")) {
				ProcessInstanceQuery query = (ProcessInstanceQuery) result;
				return proxy(ProcessInstanceQuery.class, query, (queryProxy, queryMethod, queryArguments) -> {
					Object answer = invoke(query, queryMethod, queryArguments);
					if (queryMethod.getName().equals("list")) {
						once.run();
					}
					return (answer == query) ? queryProxy : answer;
				});
			}
			return result;
		});
	}

	private static Runnable once(Runnable action) {
		AtomicBoolean done = new AtomicBoolean();
		return () -> {
			if (done.compareAndSet(false, true)) {
				action.run();
			}
		};
	}

	private static <T> T proxy(Class<T> type, T target, InvocationHandler handler) {
		return type
			.cast(Proxy.newProxyInstance(OpenGatesRaceTests.class.getClassLoader(), new Class<?>[] { type }, handler));
	}

	private static Object invoke(Object target, java.lang.reflect.Method method, Object[] arguments) throws Throwable {
		try {
			return method.invoke(target, arguments);
		}
		catch (InvocationTargetException ex) {
			throw ex.getCause();
		}
	}

}
