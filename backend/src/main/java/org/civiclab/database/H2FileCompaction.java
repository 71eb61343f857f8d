package org.civiclab.database;

import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import org.h2.mvstore.MVStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Keeps an embedded H2 file in proportion to its data while the application runs (issue
 * 13, docs/adr/0003). With {@code WRITE_DELAY=0} H2 writes a chunk at every commit and
 * starts no background housekeeping, so chunks that keep a few live pages are never
 * rewritten and the file grows with the writes. This does what H2's background writer
 * does in its default mode: on a daemon thread, every interval, it rewrites the live
 * pages of sparse chunks ({@link MVStore#compact(int, int)}, which waits at most 10 ms
 * for the store's lock and otherwise leaves the round for later) within a time budget,
 * commits them, and forces the file to the disk, so that H2 may reuse outdated chunks
 * after a short retention time. Not {@link MVStore#compactFile(int)}: that sets the
 * retention time to 0 for good and moves chunks regardless of it. Stopped before the data
 * source closes (a lifecycle bean stops before singletons are destroyed); the clean
 * shutdown then copies the live data into a new file ({@code DEFRAG_ALWAYS} in the URL).
 * <p>
 * That last copy runs as the pool closes its last connection, on the pool's own thread,
 * which the pool waits for only 10 s; the JVM then ended it halfway once Spring's
 * shutdown was done, and left the file as large as under load (a small heap on a busy
 * machine took longer). A JVM shutdown hook therefore waits until H2 has closed the
 * store, at most {@link #AWAIT_CLOSE}.
 */
@Component
class H2FileCompaction implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(H2FileCompaction.class);

	/**
	 * How long the JVM waits for H2's copy at the end: under a second for the soak's 5
	 * MB; a much larger file is left as it was if the copy is not done by then.
	 */
	static final Duration AWAIT_CLOSE = Duration.ofSeconds(35);

	private final DataSource dataSource;

	private final H2CompactionProperties properties;

	private volatile ScheduledExecutorService scheduler;

	private CompactionRound round;

	H2FileCompaction(DataSource dataSource, H2CompactionProperties properties) {
		this.dataSource = dataSource;
		this.properties = properties;
	}

	@Override
	public void start() {
		if (!this.properties.compact()) {
			log.info("H2 file compaction is off (civiclab.h2.compact=false)");
			return;
		}
		MVStore store;
		try {
			store = OpenH2Store.of(this.dataSource).orElse(null);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Cannot look at the database to compact it", ex);
		}
		if (store == null) {
			return;
		}
		store.setRetentionTime((int) this.properties.retentionTime().toMillis());
		Runtime.getRuntime().addShutdownHook(new Thread(() -> awaitClosed(store, AWAIT_CLOSE), "h2-await-close"));
		this.round = new CompactionRound(store, this.properties);
		ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor((task) -> {
			Thread thread = new Thread(task, "h2-compaction");
			thread.setDaemon(true);
			return thread;
		});
		long interval = this.properties.compactInterval().toMillis();
		executor.scheduleWithFixedDelay(this.round::run, interval, interval, TimeUnit.MILLISECONDS);
		this.scheduler = executor;
		log.info("Compacting the H2 file every {} ms (at most {} ms a round, outdated chunks kept {} ms)", interval,
				this.properties.compactBudget().toMillis(), this.properties.retentionTime().toMillis());
	}

	@Override
	public void stop() {
		ScheduledExecutorService executor = this.scheduler;
		this.scheduler = null;
		if (executor == null) {
			return;
		}
		executor.shutdown();
		try {
			if (!executor.awaitTermination(10, TimeUnit.SECONDS)) {
				executor.shutdownNow();
			}
		}
		catch (InterruptedException ex) {
			executor.shutdownNow();
			Thread.currentThread().interrupt();
		}
		log.debug("H2 file compaction stopped: {}", this.round.totals());
	}

	/** Answers once the store is closed, or the time is up; whether it closed. */
	static boolean awaitClosed(MVStore store, Duration atMost) {
		long until = System.nanoTime() + atMost.toNanos();
		while (!store.isClosed() && System.nanoTime() < until) {
			try {
				Thread.sleep(50);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return store.isClosed();
			}
		}
		return store.isClosed();
	}

	@Override
	public boolean isRunning() {
		return this.scheduler != null;
	}

}
