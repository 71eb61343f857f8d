package org.civiclab.review;

import java.util.List;

import org.civiclab.idea.IdeaEvent;
import org.civiclab.idea.IdeaEvent.Kind;
import org.civiclab.idea.IdeaPolicy;
import org.civiclab.idea.IdeaRepository;
import org.civiclab.people.CurrentUser;
import org.civiclab.pipeline.PanelSignal;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Tells people what the model's panel timers and completion condition say, in the
 * engine's transaction: a late review to its reviewer only, the reviews in to the lab
 * leads who may read them (docs/adr/0039).
 */
@Component
class PanelNotices {

	private final PanelRepository panels;

	private final IdeaRepository ideas;

	private final ApplicationEventPublisher events;

	PanelNotices(PanelRepository panels, IdeaRepository ideas, ApplicationEventPublisher events) {
		this.panels = panels;
		this.ideas = ideas;
		this.events = events;
	}

	@EventListener
	void on(PanelSignal signal) {
		if (signal.kind() == PanelSignal.Kind.REVIEWS_IN) {
			this.events.publishEvent(IdeaEvent.addressed(signal.ideaId(), null, Kind.REVIEWS_IN, List.of()));
			return;
		}
		IdeaPolicy.Facts facts = this.ideas.findById(signal.ideaId()).orElseThrow().facts();
		List<String> late = this.panels.findByIdeaIdOrderByIdAsc(signal.ideaId())
			.stream()
			.filter(Panel::isOpen)
			.flatMap((panel) -> panel.getReviews().stream())
			.filter((review) -> !review.isSubmitted())
			.map(Review::getReviewer)
			.filter((reviewer) -> IdeaPolicy.mayReview(CurrentUser.of(reviewer), facts))
			.map((reviewer) -> reviewer.getUsername())
			.toList();
		if (!late.isEmpty()) {
			this.events.publishEvent(IdeaEvent.addressed(signal.ideaId(), null, Kind.REVIEW_LATE, late));
		}
	}

}
