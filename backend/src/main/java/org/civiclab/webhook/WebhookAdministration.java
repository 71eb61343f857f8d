package org.civiclab.webhook;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.civiclab.audit.AuditLog;
import org.civiclab.idea.IdeaEvent;
import org.civiclab.people.CurrentUser;
import org.civiclab.web.Problems;
import org.civiclab.webhook.WebhookDeliveries.DeliveryView;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An admin's webhooks of an organisation: add, change, delete, and each one's delivery
 * log. The address is checked by {@link AddressRule}; the secret is never shown again,
 * nor written to the audit trail.
 */
@Service
class WebhookAdministration {

	/** How many deliveries the log shows. */
	static final int LOG = 50;

	private final WebhookRepository webhooks;

	private final WebhookDeliveries deliveries;

	private final AddressRule addresses;

	private final AuditLog audit;

	WebhookAdministration(WebhookRepository webhooks, WebhookDeliveries deliveries, AddressRule addresses,
			AuditLog audit) {
		this.webhooks = webhooks;
		this.deliveries = deliveries;
		this.addresses = addresses;
		this.audit = audit;
	}

	/**
	 * A webhook as the admin page shows it: never its secret.
	 *
	 * @param id the webhook
	 * @param url where it is sent
	 * @param events the kinds of events sent, in the order of {@link IdeaEvent.Kind}
	 * @param enabled whether deliveries are made
	 * @param createdAt when it was added
	 */
	record WebhookView(long id, String url, Set<IdeaEvent.Kind> events, boolean enabled, Instant createdAt) {

		static WebhookView of(Webhook webhook) {
			return new WebhookView(webhook.getId(), webhook.getUrl(), webhook.events(), webhook.isEnabled(),
					webhook.getCreatedAt());
		}

	}

	@Transactional(readOnly = true)
	List<WebhookView> all(Long organisationId) {
		return this.webhooks.findByOrganisationIdOrderByIdAsc(organisationId).stream().map(WebhookView::of).toList();
	}

	@Transactional
	WebhookView add(Long organisationId, WebhookRequest request, CurrentUser user) {
		if (request.secret() == null) {
			throw Problems.invalid("secret", "webhook.secret-needed");
		}
		String url = checkedUrl(request);
		Webhook webhook = new Webhook(organisationId, request.secret());
		webhook.describe(url, EnumSet.copyOf(request.events()), request.enabled());
		this.webhooks.save(webhook);
		this.audit.record(user.username(), "WEBHOOK_ADDED", "webhook", webhook.getId(), null, details(webhook));
		return WebhookView.of(webhook);
	}

	@Transactional
	WebhookView change(Long organisationId, Long id, WebhookRequest request, CurrentUser user) {
		Webhook webhook = find(organisationId, id);
		String url = checkedUrl(request);
		webhook.describe(url, EnumSet.copyOf(request.events()), request.enabled());
		if (request.secret() != null) {
			webhook.changeSecret(request.secret());
		}
		this.audit.record(user.username(), "WEBHOOK_CHANGED", "webhook", id, null,
				details(webhook) + ((request.secret() != null) ? " (new secret)" : ""));
		return WebhookView.of(webhook);
	}

	@Transactional
	void delete(Long organisationId, Long id, CurrentUser user) {
		Webhook webhook = find(organisationId, id);
		this.webhooks.delete(webhook);
		this.audit.record(user.username(), "WEBHOOK_DELETED", "webhook", id, null, webhook.getUrl());
	}

	@Transactional(readOnly = true)
	List<DeliveryView> deliveries(Long organisationId, Long id) {
		return this.deliveries.recent(find(organisationId, id).getId(), LOG);
	}

	private Webhook find(Long organisationId, Long id) {
		return this.webhooks.findById(id)
			.filter((found) -> found.getOrganisationId().equals(organisationId))
			.orElseThrow(() -> Problems.notFound("webhook.not-found", id));
	}

	private String checkedUrl(WebhookRequest request) {
		String url = request.url().strip();
		this.addresses.refusal(url).ifPresent((why) -> {
			throw Problems.invalid("url", "webhook.url-refused", why);
		});
		return url;
	}

	private static String details(Webhook webhook) {
		return webhook.getUrl() + " " + webhook.events() + (webhook.isEnabled() ? "" : " (disabled)");
	}

}
