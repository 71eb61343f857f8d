package org.civiclab.webhook;

import java.util.List;

import jakarta.validation.Valid;

import org.civiclab.people.AdminScope;
import org.civiclab.people.CurrentUser;
import org.civiclab.people.CurrentUsers;
import org.civiclab.webhook.WebhookAdministration.WebhookView;
import org.civiclab.webhook.WebhookDeliveries.DeliveryView;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * An organisation's outbound webhooks, for whoever administers it ({@link AdminScope}):
 * another organisation's answer 404 (docs/webhooks.md).
 */
@RestController
@RequestMapping("/api/admin/organisations/{organisationId}/webhooks")
class WebhooksAdminController {

	private final WebhookAdministration webhooks;

	private final AdminScope scope;

	private final CurrentUsers users;

	WebhooksAdminController(WebhookAdministration webhooks, AdminScope scope, CurrentUsers users) {
		this.webhooks = webhooks;
		this.scope = scope;
		this.users = users;
	}

	/**
	 * List an organisation's webhooks. Their addresses, events and state; never a secret.
	 */
	@GetMapping
	List<WebhookView> webhooks(@PathVariable Long organisationId) {
		admin(organisationId);
		return this.webhooks.all(organisationId);
	}

	/**
	 * Add a webhook. An http or https address on a public network, the events to send (at
	 * least one) and the secret that signs each delivery (16 to 200 characters).
	 */
	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	WebhookView add(@PathVariable Long organisationId, @Valid @RequestBody WebhookRequest request) {
		return this.webhooks.add(organisationId, request, admin(organisationId));
	}

	/**
	 * Change a webhook. Its address, events or state; a secret replaces the one it has,
	 * none keeps it.
	 */
	@PutMapping("/{webhookId}")
	WebhookView change(@PathVariable Long organisationId, @PathVariable Long webhookId,
			@Valid @RequestBody WebhookRequest request) {
		return this.webhooks.change(organisationId, webhookId, request, admin(organisationId));
	}

	/** Delete a webhook. Its deliveries, sent or waiting, go with it. */
	@DeleteMapping("/{webhookId}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void delete(@PathVariable Long organisationId, @PathVariable Long webhookId) {
		this.webhooks.delete(organisationId, webhookId, admin(organisationId));
	}

	/**
	 * A webhook's delivery log. Its last 50 deliveries, the newest first: event, idea,
	 * attempts, the last answer or error, when delivered or next tried.
	 */
	@GetMapping("/{webhookId}/deliveries")
	List<DeliveryView> deliveries(@PathVariable Long organisationId, @PathVariable Long webhookId) {
		admin(organisationId);
		return this.webhooks.deliveries(organisationId, webhookId);
	}

	private CurrentUser admin(Long organisationId) {
		CurrentUser user = this.users.current();
		this.scope.requireAdministers(user, organisationId);
		return user;
	}

}
