package org.civiclab.database;

import org.h2.mvstore.MVStore;
import org.h2.mvstore.MVStoreException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One round of {@link H2FileCompaction}: rewrite sparse chunks within the time budget,
 * then force what was written to the disk. Never throws (a scheduled task that throws is
 * never run again); a closed store ends the rounds quietly.
 */
class CompactionRound implements Runnable {

	private static final Logger log = LoggerFactory.getLogger(CompactionRound.class);

	/** The live bytes one step rewrites at most; sparse chunks hold 2–10 % live. */
	static final int LIVE_BYTES_PER_STEP = 1024 * 1024;

	private final MVStore store;

	private final long budgetNanos;

	private final int belowFillRate;

	private long syncedVersion = -1;

	private long steps;

	private long rounds;

	CompactionRound(MVStore store, H2CompactionProperties properties) {
		this.store = store;
		this.budgetNanos = properties.compactBudget().toNanos();
		this.belowFillRate = properties.compactBelowFillRate();
	}

	@Override
	public void run() {
		try {
			if (this.store.isClosed()) {
				return;
			}
			long began = System.nanoTime();
			int fillBefore = this.store.getFileStore().getChunksFillRate();
			int steps = 0;
			while (System.nanoTime() - began < this.budgetNanos
					&& this.store.compact(this.belowFillRate, LIVE_BYTES_PER_STEP)) {
				steps++;
				// Stores the rewritten pages, so that the next step finds those chunks
				// empty; returns at once when a writer is committing.
				this.store.tryCommit();
			}
			long version = this.store.getCurrentVersion();
			if (version != this.syncedVersion) {
				this.store.sync();
				this.syncedVersion = version;
			}
			this.rounds++;
			this.steps += steps;
			if (steps > 0 && log.isDebugEnabled()) {
				log.debug("H2 chunks rewritten in {} steps, {} ms: live {} % → {} %, file {} KB", steps,
						(System.nanoTime() - began) / 1_000_000, fillBefore,
						this.store.getFileStore().getChunksFillRate(), this.store.getFileStore().size() / 1024);
			}
		}
		catch (MVStoreException ex) {
			if (this.store.isClosed()) {
				log.debug("H2 compaction round ended by the store's closing: {}", ex.getMessage());
				return;
			}
			log.warn("H2 compaction round failed; the next round tries again", ex);
		}
		catch (RuntimeException ex) {
			log.warn("H2 compaction round failed; the next round tries again", ex);
		}
	}

	String totals() {
		return "%d rounds, %d steps".formatted(this.rounds, this.steps);
	}

}
