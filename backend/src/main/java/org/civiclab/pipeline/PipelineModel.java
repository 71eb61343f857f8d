package org.civiclab.pipeline;

import java.util.ArrayList;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.Deque;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.EndEvent;
import org.camunda.bpm.model.bpmn.instance.ExclusiveGateway;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.SubProcess;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;

import org.springframework.stereotype.Component;

/**
 * What the deployed model says about its elements: stages, gates and their outcomes. Read
 * once per process definition version.
 */
@Component
class PipelineModel {

	record Element(String id, String name, String stage, String stageLabel, String gate, List<String> outcomes,
			Map<String, String> outcomeStages, Set<String> candidateGroups, boolean candidateUsers, boolean end,
			boolean userTask, int distance, Set<StageCapability> allows, String review) {
	}

	private static final Pattern OUTCOME_CONDITION = Pattern.compile("outcome\\s*==\\s*'(\\w+)'");

	private final RepositoryService repository;

	private final Map<String, Map<String, Element>> byDefinition = new ConcurrentHashMap<>();

	PipelineModel(RepositoryService repository) {
		this.repository = repository;
	}

	Element element(String processDefinitionId, String elementId) {
		return elements(processDefinitionId).get(elementId);
	}

	/**
	 * The gates of the latest model, each with the outcomes its tasks allow, in the order
	 * the file lists them.
	 */
	Map<String, List<String>> gates() {
		Map<String, List<String>> gates = new LinkedHashMap<>();
		elements(latest()).values().stream().filter((element) -> element.gate() != null).forEach((element) -> {
			List<String> outcomes = gates.computeIfAbsent(element.gate(), (gate) -> new ArrayList<>());
			element.outcomes().stream().filter((outcome) -> !outcomes.contains(outcome)).forEach(outcomes::add);
		});
		return gates;
	}

	/**
	 * The board's columns. Stages where people work (user tasks) come first, in the order
	 * the flow reaches them from the start; then other stages (the shelf); then the ends.
	 * A task added anywhere in the modeler lands where its flow puts it.
	 */
	List<StageColumn> stages() {
		Map<String, List<Element>> byStage = new LinkedHashMap<>();
		elements(latest()).values()
			.stream()
			.filter((element) -> element.stage() != null)
			.forEach((element) -> byStage.computeIfAbsent(element.stage(), (stage) -> new ArrayList<>()).add(element));
		return byStage.values()
			.stream()
			.sorted(Comparator.comparingInt(PipelineModel::rank).thenComparingInt(PipelineModel::distance))
			.map((elements) -> new StageColumn(elements.get(0).stage(), elements.get(0).stageLabel(),
					elements.stream().anyMatch(Element::end), allows(elements)))
			.toList();
	}

	/** The latest deployed version of the pipeline. */
	private String latest() {
		return this.repository.createProcessDefinitionQuery()
			.processDefinitionKey(PipelineProcess.KEY)
			.latestVersion()
			.singleResult()
			.getId();
	}

	/** What a stage allows: what any of its elements allows. */
	private static Set<StageCapability> allows(List<Element> stage) {
		Set<StageCapability> allows = EnumSet.noneOf(StageCapability.class);
		stage.forEach((element) -> allows.addAll(element.allows()));
		return allows;
	}

	private static int rank(List<Element> stage) {
		if (stage.stream().anyMatch(Element::end)) {
			return 2;
		}
		return stage.stream().anyMatch(Element::userTask) ? 0 : 1;
	}

	private static int distance(List<Element> stage) {
		return stage.stream().mapToInt(Element::distance).min().orElse(Integer.MAX_VALUE);
	}

	private Map<String, Element> elements(String processDefinitionId) {
		return this.byDefinition.computeIfAbsent(processDefinitionId, this::read);
	}

	private Map<String, Element> read(String processDefinitionId) {
		BpmnModelInstance model = this.repository.getBpmnModelInstance(processDefinitionId);
		Map<String, Element> elements = new LinkedHashMap<>();
		Map<String, Integer> distances = distancesFromStart(model);
		for (FlowNode node : flowNodesInDocumentOrder(model)) {
			Map<String, String> properties = properties(node);
			UserTask task = (node instanceof UserTask userTask) ? userTask : null;
			Set<String> groups = (task != null) ? Set.copyOf(split(task.getCamundaCandidateGroups())) : Set.of();
			boolean candidateUsers = task != null && task.getCamundaCandidateUsers() != null;
			String stage = properties.get(PipelineProcess.STAGE);
			List<String> outcomes = split(properties.get(PipelineProcess.OUTCOMES));
			elements.put(node.getId(), new Element(node.getId(), node.getName(), stage,
					properties.getOrDefault(PipelineProcess.STAGE_LABEL, stage), properties.get(PipelineProcess.GATE),
					outcomes, outcomeStages(node, outcomes), groups, candidateUsers, node instanceof EndEvent,
					task != null, distances.getOrDefault(node.getId(), Integer.MAX_VALUE),
					split(properties.get(PipelineProcess.RECORDS)).stream()
						.map(StageCapability::fromModel)
						.collect(Collectors.toUnmodifiableSet()),
					properties.get(PipelineProcess.REVIEW)));
		}
		return elements;
	}

	/**
	 * How many steps each node is from the process's start event, following sequence
	 * flows and boundary events.
	 */
	private static Map<String, Integer> distancesFromStart(BpmnModelInstance model) {
		Map<FlowNode, List<BoundaryEvent>> boundaries = new HashMap<>();
		model.getModelElementsByType(BoundaryEvent.class)
			.forEach((event) -> boundaries.computeIfAbsent(event.getAttachedTo(), (key) -> new ArrayList<>())
				.add(event));
		Map<String, Integer> distances = new HashMap<>();
		Deque<FlowNode> queue = new ArrayDeque<>();
		for (Process process : model.getModelElementsByType(Process.class)) {
			process.getChildElementsByType(StartEvent.class).forEach((start) -> {
				distances.put(start.getId(), 0);
				queue.add(start);
			});
		}
		while (!queue.isEmpty()) {
			FlowNode node = queue.poll();
			List<FlowNode> next = new ArrayList<>(node.getSucceedingNodes().list());
			next.addAll(boundaries.getOrDefault(node, List.of()));
			for (FlowNode successor : next) {
				if (!distances.containsKey(successor.getId())) {
					distances.put(successor.getId(), distances.get(node.getId()) + 1);
					queue.add(successor);
				}
			}
		}
		return distances;
	}

	/**
	 * Where each outcome of a gate leads: the stage of the first element with one after
	 * the gate, following the flow whose condition names the outcome (or the gateway's
	 * default).
	 */
	private static Map<String, String> outcomeStages(FlowNode gate, List<String> outcomes) {
		Map<String, String> stages = new LinkedHashMap<>();
		for (String outcome : outcomes) {
			String stage = stageAfter(gate, outcome, new HashSet<>());
			if (stage != null) {
				stages.put(outcome, stage);
			}
		}
		return Map.copyOf(stages);
	}

	private static String stageAfter(FlowNode node, String outcome, Set<String> seen) {
		SequenceFlow flow = flowFor(node, outcome);
		if (flow == null || !seen.add(flow.getTarget().getId())) {
			return null;
		}
		String stage = properties(flow.getTarget()).get(PipelineProcess.STAGE);
		return (stage != null) ? stage : stageAfter(flow.getTarget(), outcome, seen);
	}

	private static SequenceFlow flowFor(FlowNode node, String outcome) {
		Collection<SequenceFlow> outgoing = node.getOutgoing();
		if (outgoing.size() <= 1) {
			return outgoing.stream().findFirst().orElse(null);
		}
		for (SequenceFlow flow : outgoing) {
			if (flow.getConditionExpression() != null) {
				Matcher matcher = OUTCOME_CONDITION.matcher(flow.getConditionExpression().getTextContent());
				if (matcher.find() && matcher.group(1).equals(outcome)) {
					return flow;
				}
			}
		}
		return (node instanceof ExclusiveGateway gateway) ? gateway.getDefault() : null;
	}

	/**
	 * The process's flow nodes in the order the file lists them, sub-processes included.
	 */
	static List<FlowNode> flowNodesInDocumentOrder(BpmnModelInstance model) {
		List<FlowNode> nodes = new ArrayList<>();
		model.getModelElementsByType(Process.class).forEach((process) -> collect(process.getFlowElements(), nodes));
		return nodes;
	}

	private static void collect(Collection<FlowElement> elements, List<FlowNode> nodes) {
		for (FlowElement element : elements) {
			if (element instanceof FlowNode node) {
				nodes.add(node);
			}
			if (element instanceof SubProcess subProcess) {
				collect(subProcess.getFlowElements(), nodes);
			}
		}
	}

	/** A node's Camunda extension properties by name. */
	static Map<String, String> properties(FlowNode node) {
		Map<String, String> properties = new LinkedHashMap<>();
		if (node.getExtensionElements() != null) {
			node.getExtensionElements()
				.getElementsQuery()
				.filterByType(CamundaProperties.class)
				.list()
				.stream()
				.flatMap((list) -> list.getCamundaProperties().stream())
				.forEach((CamundaProperty property) -> properties.put(property.getCamundaName(),
						property.getCamundaValue()));
		}
		return properties;
	}

	private static List<String> split(String values) {
		return (values == null || values.isBlank()) ? List.of()
				: Arrays.stream(values.split(",")).map(String::trim).filter((value) -> !value.isEmpty()).toList();
	}

}
