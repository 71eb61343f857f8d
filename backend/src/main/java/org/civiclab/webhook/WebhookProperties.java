package org.civiclab.webhook;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How webhooks are sent (docs/webhooks.md). The poll interval itself is read by
 * {@link WebhookSender}'s schedule ({@code civiclab.webhooks.poll-interval}).
 *
 * @param allowPrivateAddresses whether a webhook may name an address on the loopback, a
 * private or link-local network (only for tests and closed installations)
 * @param backoffBase the wait after the first failed attempt; it doubles after each
 * @param backoffCap the longest wait between two attempts
 * @param maxAttempts the attempts before a delivery is given up
 * @param timeout how long a receiver may take to accept the connection, and to answer
 * @param batch how many due deliveries one poll claims
 */
@ConfigurationProperties("civiclab.webhooks")
record WebhookProperties(@DefaultValue("false") boolean allowPrivateAddresses,
		@DefaultValue("30s") Duration backoffBase, @DefaultValue("1h") Duration backoffCap,
		@DefaultValue("10") int maxAttempts, @DefaultValue("10s") Duration timeout, @DefaultValue("20") int batch) {

	/** When a claimed delivery is free to be claimed again, should its node die. */
	Duration claim() {
		return this.timeout.multipliedBy(3).plusSeconds(30);
	}

}
