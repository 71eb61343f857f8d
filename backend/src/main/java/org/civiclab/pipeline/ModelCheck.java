package org.civiclab.pipeline;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.CallActivity;
import org.camunda.bpm.model.bpmn.instance.EventBasedGateway;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.IntermediateCatchEvent;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.ReceiveTask;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.xml.ModelException;

/**
 * What a new version of the pipeline's model must be before it is deployed
 * (docs/adr/0027): a BPMN file the engine can read, of the process
 * {@value PipelineProcess#KEY}, executable, with a history time-to-live, and a
 * {@code stage} on every element where an idea can stand (user and receive tasks,
 * intermediate catch events, event-based gateways, call activities), so that the board
 * has a column for every idea.
 */
final class ModelCheck {

	private static final List<Class<? extends FlowNode>> WAITS = List.of(UserTask.class, ReceiveTask.class,
			IntermediateCatchEvent.class, EventBasedGateway.class, CallActivity.class);

	private ModelCheck() {
	}

	/** What is wrong with the model, one sentence each; empty if nothing is. */
	static List<String> problems(byte[] bpmn) {
		BpmnModelInstance model;
		try {
			model = Bpmn.readModelFromStream(new ByteArrayInputStream(bpmn));
		}
		catch (ModelException | IllegalArgumentException ex) {
			return List.of("is not a BPMN 2.0 model the engine can read: " + firstLine(ex));
		}
		List<String> problems = new ArrayList<>();
		if (!(model.getModelElementById(PipelineProcess.KEY) instanceof Process process)) {
			List<String> found = model.getModelElementsByType(Process.class).stream().map(Process::getId).toList();
			return List.of("has no process with the id " + PipelineProcess.KEY + " (it has " + found + ")");
		}
		if (!process.isExecutable()) {
			problems.add("the process " + PipelineProcess.KEY + " is not marked executable");
		}
		String timeToLive = process.getCamundaHistoryTimeToLiveString();
		if (timeToLive == null || timeToLive.isBlank()) {
			problems.add("the process has no history time-to-live (camunda:historyTimeToLive)");
		}
		for (FlowNode node : PipelineModel.flowNodesInDocumentOrder(model)) {
			boolean waits = WAITS.stream().anyMatch((type) -> type.isInstance(node));
			String stage = PipelineModel.properties(node).get(PipelineProcess.STAGE);
			if (waits && (stage == null || stage.isBlank())) {
				problems.add(describe(node) + " is a place where an idea can stand but has no stage property");
			}
		}
		return problems;
	}

	private static String describe(FlowNode node) {
		return (node.getName() != null && !node.getName().isBlank()) ? node.getId() + " (\"" + node.getName() + "\")"
				: node.getId();
	}

	private static String firstLine(Exception ex) {
		Throwable cause = ex;
		while (cause.getCause() != null && cause.getCause() != cause) {
			cause = cause.getCause();
		}
		String message = String.valueOf(cause.getMessage());
		int newline = message.indexOf('\n');
		return (newline < 0) ? message : message.substring(0, newline);
	}

}
