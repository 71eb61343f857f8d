package org.civiclab.federation;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How other installations' open data is read (docs/open-data.md, docs/adr/0037). Every
 * node looks for due feeds each {@code civiclab.federation.poll-interval} (read by
 * {@link FeedFetcher}'s schedule); a feed is due when its last attempt is older than the
 * refresh interval.
 *
 * @param refreshInterval how often a feed is read
 * @param allowPrivateAddresses whether a feed may be on the loopback, a private or
 * link-local network (only for tests and closed networks)
 * @param timeout how long the other installation may take to connect and to answer a page
 * @param deadline how long reading all of a feed's pages may take
 * @param maxPages the pages read of one feed; the rest is left out
 * @param pageSize the ideas asked for in each page (the open data allows up to 200)
 * @param maxPageBytes the largest page read; a larger one fails the fetch
 */
@ConfigurationProperties("civiclab.federation")
record FederationProperties(@DefaultValue("15m") Duration refreshInterval,
		@DefaultValue("false") boolean allowPrivateAddresses, @DefaultValue("10s") Duration timeout,
		@DefaultValue("60s") Duration deadline, @DefaultValue("20") int maxPages, @DefaultValue("100") int pageSize,
		@DefaultValue("4000000") int maxPageBytes) {

	/** When a claimed feed is free to be claimed again, should its node die. */
	Duration claim() {
		return this.deadline.plusSeconds(30);
	}

}
