package org.civiclab.webhook;

import java.util.Optional;

import org.civiclab.web.OutboundAddress;

import org.springframework.stereotype.Component;

/**
 * Which addresses a webhook may be sent to: the installation's rule for outbound calls
 * ({@link OutboundAddress}), with private addresses allowed only where
 * {@code civiclab.webhooks.allow-private-addresses} says so; a query is taken. Checked
 * when a webhook is saved and again before each delivery, as the name may resolve
 * differently by then.
 */
@Component
class AddressRule {

	private final OutboundAddress rule;

	AddressRule(WebhookProperties properties) {
		this.rule = OutboundAddress.allowingPrivate(properties.allowPrivateAddresses());
	}

	/** Why this address is refused, or empty if a webhook may be sent there. */
	Optional<String> refusal(String url) {
		return this.rule.refusal(url);
	}

}
