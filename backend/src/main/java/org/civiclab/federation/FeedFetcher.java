package org.civiclab.federation;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Reads the feeds, on every node: each due feed (its last attempt older than the refresh
 * interval) is claimed by one node at a time with a conditional update
 * ({@link Feeds#claim}), read, and its pilots replaced; a feed that cannot be read keeps
 * the pilots it had, stale from then on. Also called at once when an admin adds a feed.
 */
@Component
class FeedFetcher {

	private static final Logger log = LoggerFactory.getLogger(FeedFetcher.class);

	private final Feeds feeds;

	private final FeedReader reader;

	private final FederationProperties properties;

	private final Clock clock = Clock.systemUTC();

	FeedFetcher(Feeds feeds, FeedReader reader, FederationProperties properties) {
		this.feeds = feeds;
		this.reader = reader;
		this.properties = properties;
	}

	@Scheduled(fixedDelayString = "${civiclab.federation.poll-interval:PT1M}",
			initialDelayString = "${civiclab.federation.poll-interval:PT1M}")
	void fetchDue() {
		Instant now = this.clock.instant();
		for (Long id : this.feeds.due(now.minus(this.properties.refreshInterval()))) {
			fetch(id);
		}
	}

	/** Reads this feed now, unless another node is reading it. */
	void fetch(long id) {
		Instant now = this.clock.instant();
		if (!this.feeds.claim(id, now, now.plus(this.properties.claim()))) {
			return;
		}
		Feeds.Feed feed = this.feeds.find(id).orElse(null);
		if (feed == null) {
			return;
		}
		try {
			List<RemotePilot> pilots = this.reader.read(feed.url());
			this.feeds.succeeded(id, pilots, this.clock.instant());
			log.info("Federation feed {} ({}) read: {} public pilots", id, feed.url(), pilots.size());
		}
		catch (FeedUnreadable ex) {
			this.feeds.failed(id, ex.getMessage(), this.clock.instant());
			log.warn("Federation feed {} ({}) not read, its pilots are stale: {}", id, feed.url(), ex.getMessage());
		}
	}

}
