package org.civiclab.federation;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.civiclab.audit.AuditLog;
import org.civiclab.people.CurrentUser;
import org.civiclab.web.Problems;

import org.springframework.lang.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A region's admin's feeds: list, add (checked by {@link FeedAddress}), remove; each
 * change in the audit trail.
 */
@Service
class FeedAdministration {

	private final Feeds feeds;

	private final FeedAddress addresses;

	private final AuditLog audit;

	private final Clock clock = Clock.systemUTC();

	FeedAdministration(Feeds feeds, FeedAddress addresses, AuditLog audit) {
		this.feeds = feeds;
		this.addresses = addresses;
		this.audit = audit;
	}

	/**
	 * A feed as the admin page shows it.
	 *
	 * @param id the feed
	 * @param name what the catalogue calls the installation
	 * @param url the installation's address
	 * @param createdAt when it was added
	 * @param lastAttemptAt when it was last read, or tried
	 * @param lastSuccessAt when it was last read
	 * @param stale whether its pilots are not those of its last attempt (never read, or
	 * its last attempt failed)
	 * @param lastError why its last attempt failed
	 * @param pilots how many public pilots it holds
	 */
	record FeedView(long id, String name, String url, Instant createdAt, @Nullable Instant lastAttemptAt,
			@Nullable Instant lastSuccessAt, boolean stale, @Nullable String lastError, int pilots) {

		static FeedView of(Feeds.Feed feed, Map<Long, Integer> counts) {
			return new FeedView(feed.id(), feed.name(), feed.url(), feed.createdAt(), feed.lastAttemptAt(),
					feed.lastSuccessAt(), feed.stale(), feed.lastError(), counts.getOrDefault(feed.id(), 0));
		}

	}

	@Transactional(readOnly = true)
	List<FeedView> all() {
		Map<Long, Integer> counts = this.feeds.counts();
		return this.feeds.all().stream().map((feed) -> FeedView.of(feed, counts)).toList();
	}

	@Transactional(readOnly = true)
	FeedView one(long id) {
		Feeds.Feed feed = this.feeds.find(id).orElseThrow(() -> Problems.notFound("federation.not-found", id));
		return FeedView.of(feed, this.feeds.counts());
	}

	@Transactional
	long add(FeedRequest request, CurrentUser user) {
		String url = FeedAddress.normalized(request.url());
		this.addresses.refusal(url).ifPresent((why) -> {
			throw Problems.invalid("url", "federation.url-refused", why);
		});
		if (this.feeds.exists(url)) {
			throw Problems.invalid("url", "federation.feed-exists", url);
		}
		long id = this.feeds.add(request.name().strip(), url, this.clock.instant());
		this.audit.record(user.username(), "FEDERATION_FEED_ADDED", "federation_feed", id, null,
				request.name().strip() + " " + url);
		return id;
	}

	@Transactional
	void delete(long id, CurrentUser user) {
		Feeds.Feed feed = this.feeds.find(id).orElseThrow(() -> Problems.notFound("federation.not-found", id));
		this.feeds.delete(id);
		this.audit.record(user.username(), "FEDERATION_FEED_DELETED", "federation_feed", id, null, feed.url());
	}

}
