package org.civiclab.idea;

import org.civiclab.audit.AuditLog;
import org.civiclab.pipeline.PipelineSignal;
import org.civiclab.pipeline.StageEntered;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Mirrors where the engine says an idea is into the idea's row, in the engine's own
 * transaction, so that the two never disagree.
 */
@Component
class IdeaStageTracker {

	private final IdeaRepository ideas;

	private final AuditLog audit;

	private final ApplicationEventPublisher events;

	IdeaStageTracker(IdeaRepository ideas, AuditLog audit, ApplicationEventPublisher events) {
		this.ideas = ideas;
		this.audit = audit;
		this.events = events;
	}

	@EventListener
	void stageEntered(StageEntered event) {
		Idea idea = this.ideas.findById(event.ideaId())
			.orElseThrow(() -> new IllegalStateException(
					"The engine moved idea " + event.ideaId() + ", which has no row; engine and tables disagree"));
		if (!event.stage().equals(idea.getStage()) || event.end()) {
			idea.enterStage(event.stage(), event.end());
			this.audit.record(AuditLog.SYSTEM, IdeaView.TimelineEntry.STAGE_ENTERED, "idea", idea.getId(), idea.getId(),
					event.stage());
		}
	}

	@EventListener
	void signal(PipelineSignal signal) {
		this.audit.record(AuditLog.SYSTEM, signal.kind().name(), "idea", signal.ideaId(), signal.ideaId(), null);
		this.events.publishEvent(IdeaEvent.of(signal.ideaId(), null, IdeaEvent.Kind.valueOf(signal.kind().name())));
	}

}
