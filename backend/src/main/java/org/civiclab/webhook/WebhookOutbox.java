package org.civiclab.webhook;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.civiclab.idea.Idea;
import org.civiclab.idea.IdeaEvent;
import org.civiclab.idea.IdeaRepository;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Writes the deliveries of an {@link IdeaEvent} in the transaction that caused it (the
 * outbox, docs/adr/0031): one for each enabled webhook of the idea's organisation and
 * each of the event's kinds it subscribes to, its body built now. A transaction that
 * rolls back leaves none; {@link WebhookSender} sends them after the commit.
 */
@Component
class WebhookOutbox {

	private static final Logger log = LoggerFactory.getLogger(WebhookOutbox.class);

	/**
	 * What a receiver gets: no person's name or address.
	 *
	 * @param id the delivery, the same on every attempt: a receiver drops a repeat
	 */
	record Payload(String id, String event, Instant occurredAt, IdeaRef idea, OrganisationRef organisation) {
	}

	record IdeaRef(long id, String reference, String title, String stage, String url) {
	}

	record OrganisationRef(long id, String name) {
	}

	private final WebhookRepository webhooks;

	private final WebhookDeliveries deliveries;

	private final IdeaRepository ideas;

	private final ObjectMapper json;

	private final String publicUrl;

	WebhookOutbox(WebhookRepository webhooks, WebhookDeliveries deliveries, IdeaRepository ideas, ObjectMapper json,
			@Value("${civiclab.public-url:http://localhost:8080}") String publicUrl) {
		this.webhooks = webhooks;
		this.deliveries = deliveries;
		this.ideas = ideas;
		this.json = json;
		this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
	}

	/**
	 * Just before the event's transaction commits, so that the idea's stage is the one
	 * the decision moved it to; still in the transaction, so a rollback takes the rows
	 * with it.
	 */
	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
	void on(IdeaEvent event) {
		Idea idea = this.ideas.findById(event.ideaId()).orElse(null);
		if (idea == null || idea.isDraft() || idea.getSubmittedAt() == null) {
			return;
		}
		List<Webhook> subscribed = this.webhooks.findByOrganisationIdAndEnabledTrue(idea.getOrganisation().getId());
		Instant now = Instant.now();
		for (Webhook webhook : subscribed) {
			for (IdeaEvent.Kind kind : event.kinds()) {
				if (webhook.events().contains(kind)) {
					String id = UUID.randomUUID().toString();
					this.deliveries.add(id, webhook.getId(), kind.name(), idea.getId(), idea.getReference(),
							body(id, kind, event, idea), now);
					log.debug("Webhook {} will be sent {} of {} (delivery {})", webhook.getId(), kind,
							idea.getReference(), id);
				}
			}
		}
	}

	private String body(String id, IdeaEvent.Kind kind, IdeaEvent event, Idea idea) {
		Payload payload = new Payload(id, kind.name(), event.occurredAt(),
				new IdeaRef(idea.getId(), idea.getReference(), idea.getTitle(), idea.getStage(),
						this.publicUrl + "/ideas/" + idea.getId()),
				new OrganisationRef(idea.getOrganisation().getId(), idea.getOrganisation().getName()));
		try {
			return this.json.writeValueAsString(payload);
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException("A webhook's payload is plain data", ex);
		}
	}

}
