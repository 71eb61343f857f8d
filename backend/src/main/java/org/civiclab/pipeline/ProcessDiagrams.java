package org.civiclab.pipeline;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.runtime.ActivityInstance;
import org.camunda.bpm.engine.runtime.TransitionInstance;

import org.springframework.stereotype.Service;

/**
 * The model an idea's process runs on, as BPMN XML, and where the idea stands in it: the
 * activities waiting now, or the end it reached.
 */
@Service
public class ProcessDiagrams {

	private static final String END_EVENT = "noneEndEvent";

	private final RepositoryService repository;

	private final RuntimeService runtime;

	private final HistoryService history;

	private final PipelineModel model;

	ProcessDiagrams(RepositoryService repository, RuntimeService runtime, HistoryService history, PipelineModel model) {
		this.repository = repository;
		this.runtime = runtime;
		this.history = history;
		this.model = model;
	}

	/**
	 * An idea's diagram. Callers check that the reader may see the idea first.
	 * @param ideaId the idea; a draft has no process yet and gets the latest model with
	 * nothing highlighted
	 */
	public ProcessDiagram of(Long ideaId) {
		HistoricProcessInstance instance = this.history.createHistoricProcessInstanceQuery()
			.processDefinitionKey(PipelineProcess.KEY)
			.processInstanceBusinessKey(ideaId.toString())
			.orderByProcessInstanceStartTime()
			.desc()
			.listPage(0, 1)
			.stream()
			.findFirst()
			.orElse(null);
		String definitionId = (instance != null) ? instance.getProcessDefinitionId()
				: this.repository.createProcessDefinitionQuery()
					.processDefinitionKey(PipelineProcess.KEY)
					.latestVersion()
					.singleResult()
					.getId();
		List<String> current = (instance == null) ? List.of() : currentActivities(instance);
		List<String> names = current.stream()
			.map((id) -> this.model.element(definitionId, id))
			.map((element) -> (element != null && element.name() != null) ? element.name() : "")
			.toList();
		return new ProcessDiagram(xml(definitionId), this.repository.getProcessDefinition(definitionId).getVersion(),
				current, names);
	}

	private List<String> currentActivities(HistoricProcessInstance instance) {
		if (instance.getEndTime() == null) {
			// null, not a failure, if the process ended since its history was read.
			ActivityInstance running = this.runtime.getActivityInstance(instance.getId());
			if (running != null) {
				return waitingAt(running).distinct().toList();
			}
		}
		// An ended process: the end event that carries a stage (the reminder's end does
		// not).
		return this.history.createHistoricActivityInstanceQuery()
			.processInstanceId(instance.getId())
			.activityType(END_EVENT)
			.list()
			.stream()
			.map((activity) -> activity.getActivityId())
			.filter((id) -> {
				PipelineModel.Element element = this.model.element(instance.getProcessDefinitionId(), id);
				return element != null && element.stage() != null;
			})
			.distinct()
			.toList();
	}

	/** The activities the process waits in: the leaves of its activity instance tree. */
	private static Stream<String> waitingAt(ActivityInstance instance) {
		if (instance.getChildActivityInstances().length == 0 && instance.getChildTransitionInstances().length == 0) {
			return Stream.of(instance.getActivityId());
		}
		return Stream.concat(Arrays.stream(instance.getChildActivityInstances()).flatMap(ProcessDiagrams::waitingAt),
				Arrays.stream(instance.getChildTransitionInstances()).map(TransitionInstance::getActivityId));
	}

	private String xml(String definitionId) {
		try (InputStream in = this.repository.getProcessModel(definitionId)) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * @param bpmnXml the model the idea runs on
	 * @param modelVersion that model's version number
	 * @param currentActivityIds the elements the idea is at now (or the end it reached)
	 * @param currentActivityNames their names, in the same order
	 */
	public record ProcessDiagram(String bpmnXml, int modelVersion, List<String> currentActivityIds,
			List<String> currentActivityNames) {
	}

}
