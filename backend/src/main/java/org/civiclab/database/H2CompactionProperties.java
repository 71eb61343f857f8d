package org.civiclab.database;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the embedded H2 file is kept in proportion to its data while the application runs
 * ({@link H2FileCompaction}, docs/adr/0003). Only an H2 file database is compacted; on
 * PostgreSQL and an in-memory H2 these settings do nothing.
 *
 * @param compact the off switch: {@code false} leaves H2 to its own settings (the file
 * then grows with the writes until a clean shutdown compacts it)
 * @param compactInterval the pause between two rounds of compaction
 * @param compactBudget how long one round may rewrite before it leaves the rest to the
 * next; writers wait for the store's lock meanwhile
 * @param compactBelowFillRate a round rewrites only while less than this percentage of
 * the chunks' bytes is live
 * @param retentionTime how long an outdated chunk is kept before its space is reused;
 * safe against a power cut because each round also forces the file to the disk, so the
 * disk always holds everything older than about one interval (H2's own assumption for its
 * default of 45 s is that the operating system writes within that time)
 */
@ConfigurationProperties("civiclab.h2")
record H2CompactionProperties(@DefaultValue("true") boolean compact, @DefaultValue("500ms") Duration compactInterval,
		@DefaultValue("100ms") Duration compactBudget, @DefaultValue("90") int compactBelowFillRate,
		@DefaultValue("2s") Duration retentionTime) {

	H2CompactionProperties {
		if (compactInterval.isNegative() || compactInterval.isZero()) {
			throw new IllegalArgumentException("civiclab.h2.compact-interval must be positive: " + compactInterval);
		}
		if (retentionTime.compareTo(compactInterval.multipliedBy(2)) < 0) {
			throw new IllegalArgumentException("civiclab.h2.retention-time must be at least twice the interval, "
					+ "so that every reused chunk was forced to the disk first: " + retentionTime);
		}
	}

}
