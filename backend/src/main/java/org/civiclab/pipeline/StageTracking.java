package org.civiclab.pipeline;

import java.util.ArrayList;

import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParse;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.pvm.process.TransitionImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Keeps the tables told where each idea is: every element of the model that carries a
 * {@code stage} property publishes {@link StageEntered} when the process enters it, in
 * the engine's own transaction. A stage added in the modeler is tracked with no code
 * change. A flow that carries a {@code signal} property publishes {@link PipelineSignal}
 * when it is taken.
 */
@Component
class StageTracking extends AbstractProcessEnginePlugin {

	private final ApplicationEventPublisher events;

	StageTracking(ApplicationEventPublisher events) {
		this.events = events;
	}

	@Override
	public void preInit(ProcessEngineConfigurationImpl configuration) {
		if (configuration.getCustomPostBPMNParseListeners() == null) {
			configuration.setCustomPostBPMNParseListeners(new ArrayList<>());
		}
		configuration.getCustomPostBPMNParseListeners().add(new AbstractBpmnParseListener() {
			@Override
			public void parseProcess(Element processElement, ProcessDefinitionEntity process) {
				track(processElement, process);
			}

			@Override
			public void parseSequenceFlow(Element flowElement, ScopeImpl scope, TransitionImpl flow) {
				signal(flowElement, flow);
			}
		});
	}

	/** Attaches the listener to each element, at any depth, that names a stage. */
	private void track(Element parent, ProcessDefinitionEntity process) {
		for (Element element : parent.elements()) {
			String stage = property(element, PipelineProcess.STAGE);
			ActivityImpl activity = (element.attribute("id") != null) ? process.findActivity(element.attribute("id"))
					: null;
			if (stage != null && activity != null) {
				boolean end = "endEvent".equals(element.getTagName());
				activity.addListener(ExecutionListener.EVENTNAME_START, (ExecutionListener) (execution) -> this.events
					.publishEvent(
							new StageEntered(ideaId(execution.getProcessBusinessKey()), stage, activity.getId(), end)));
			}
			track(element, process);
		}
	}

	/**
	 * A flow that carries a {@code signal} property publishes {@link PipelineSignal} of
	 * that kind each time it is taken: the time box's end, the shelf's wake-up.
	 */
	private void signal(Element flowElement, TransitionImpl flow) {
		String signal = property(flowElement, PipelineProcess.SIGNAL);
		if (signal != null) {
			PipelineSignal.Kind kind = PipelineSignal.Kind.valueOf(signal);
			flow.addListener(ExecutionListener.EVENTNAME_TAKE, (ExecutionListener) (execution) -> this.events
				.publishEvent(new PipelineSignal(ideaId(execution.getProcessBusinessKey()), kind)));
		}
	}

	private static String property(Element element, String name) {
		Element extensions = element.element("extensionElements");
		Element properties = (extensions != null)
				? extensions.elementNS(BpmnParse.CAMUNDA_BPMN_EXTENSIONS_NS, "properties") : null;
		if (properties == null) {
			return null;
		}
		return properties.elementsNS(BpmnParse.CAMUNDA_BPMN_EXTENSIONS_NS, "property")
			.stream()
			.filter((property) -> name.equals(property.attribute("name")))
			.map((property) -> property.attribute("value"))
			.findFirst()
			.orElse(null);
	}

	static Long ideaId(String businessKey) {
		return Long.valueOf(businessKey);
	}

}
