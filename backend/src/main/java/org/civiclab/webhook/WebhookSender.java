package org.civiclab.webhook;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.civiclab.notification.Backoff;
import org.civiclab.webhook.WebhookDeliveries.Due;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.util.function.SingletonSupplier;

/**
 * Sends the due deliveries, on every node: each is claimed by one node at a time with a
 * conditional update ({@link WebhookDeliveries#claim}), POSTed signed, and marked
 * delivered (2xx) or tried again after a back-off, until the last attempt is given up. At
 * least once: a node that dies after sending and before marking lets another send it
 * again, with the same delivery id.
 */
@Component
class WebhookSender {

	private static final Logger log = LoggerFactory.getLogger(WebhookSender.class);

	private final WebhookDeliveries deliveries;

	private final WebhookRepository webhooks;

	private final AddressRule addresses;

	private final WebhookProperties properties;

	private final Backoff backoff;

	/**
	 * Built on the first delivery, not at start: building an HTTP client (its selector
	 * thread and TLS context) took 0.3 s of every start (docs/benchmarks.md, 3).
	 */
	private final SingletonSupplier<HttpClient> http;

	private final Clock clock = Clock.systemUTC();

	WebhookSender(WebhookDeliveries deliveries, WebhookRepository webhooks, AddressRule addresses,
			WebhookProperties properties) {
		this.deliveries = deliveries;
		this.webhooks = webhooks;
		this.addresses = addresses;
		this.properties = properties;
		this.backoff = new Backoff(properties.backoffBase(), properties.backoffCap());
		this.http = SingletonSupplier.of(() -> HttpClient.newBuilder()
			.connectTimeout(properties.timeout())
			.followRedirects(HttpClient.Redirect.NEVER)
			.build());
	}

	@Scheduled(fixedDelayString = "${civiclab.webhooks.poll-interval:PT5S}",
			initialDelayString = "${civiclab.webhooks.poll-interval:PT5S}")
	void sendDue() {
		Instant now = this.clock.instant();
		for (String id : this.deliveries.due(now, this.properties.batch())) {
			if (this.deliveries.claim(id, now, now.plus(this.properties.claim()))) {
				Due due = this.deliveries.claimed(id);
				if (due != null) {
					send(due);
				}
			}
		}
	}

	private void send(Due due) {
		Webhook webhook = this.webhooks.findById(due.webhookId()).orElse(null);
		if (webhook == null) {
			return;
		}
		if (!webhook.isEnabled()) {
			this.deliveries.failed(due.id(), null, "webhook disabled", null, this.clock.instant());
			return;
		}
		Optional<String> refused = this.addresses.refusal(webhook.getUrl());
		if (refused.isPresent()) {
			failed(due, webhook, null, "address refused: " + refused.get());
			return;
		}
		byte[] body = due.payload().getBytes(StandardCharsets.UTF_8);
		HttpRequest request = HttpRequest.newBuilder(URI.create(webhook.getUrl()))
			.timeout(this.properties.timeout())
			.header("Content-Type", "application/json")
			.header("User-Agent", "CivicLab-Webhooks")
			.header("X-CivicLab-Event", due.event())
			.header("X-CivicLab-Delivery", due.id())
			.header(WebhookSignature.HEADER, WebhookSignature.of(webhook.getSecret(), body))
			.POST(HttpRequest.BodyPublishers.ofByteArray(body))
			.build();
		try {
			HttpResponse<Void> response = this.http.obtain().send(request, HttpResponse.BodyHandlers.discarding());
			if (response.statusCode() / 100 == 2) {
				this.deliveries.delivered(due.id(), response.statusCode(), this.clock.instant());
				log.info("Webhook {} delivered {} (delivery {}, attempt {}): {}", webhook.getId(), due.event(),
						due.id(), due.attempts() + 1, response.statusCode());
			}
			else {
				failed(due, webhook, response.statusCode(), "HTTP " + response.statusCode());
			}
		}
		catch (IOException ex) {
			failed(due, webhook, null, ex.getClass().getSimpleName() + ": " + ex.getMessage());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			failed(due, webhook, null, "interrupted");
		}
		catch (IllegalArgumentException ex) {
			failed(due, webhook, null, "not a valid request: " + ex.getMessage());
		}
	}

	private void failed(Due due, Webhook webhook, Integer status, String error) {
		int attempts = due.attempts() + 1;
		Instant now = this.clock.instant();
		if (attempts >= this.properties.maxAttempts()) {
			this.deliveries.failed(due.id(), status, error, null, now);
			log.warn("Webhook {} gave up {} (delivery {}) after {} attempts: {}", webhook.getId(), due.event(),
					due.id(), attempts, error);
		}
		else {
			Instant next = now.plus(this.backoff.after(attempts));
			this.deliveries.failed(due.id(), status, error, next, now);
			log.info("Webhook {} failed {} (delivery {}, attempt {}): {}; next attempt at {}", webhook.getId(),
					due.event(), due.id(), attempts, error, next);
		}
	}

}
