package org.civiclab;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the embedded H2 file in proportion to its data while CivicLab runs. With
 * {@code WRITE_DELAY=0} (every commit is in the file before it is acknowledged,
 * {@code DurabilityIT}) H2 runs no background writer, and so none of its housekeeping:
 * each commit adds a chunk to the file, and the space of chunks that are mostly out of
 * date is never taken back (a review's load grew the file to 758 MB; {@code SoakIT}
 * measured some 30 KB a request). Every {@link #EVERY} this rewrites the chunks that are
 * less than {@value #FILL_RATE}% live, as H2's background writer would, so that their
 * space is used again; a clean shutdown compacts the whole file ({@code MAX_COMPACT_TIME}
 * in the datasource's URL). On PostgreSQL it does nothing.
 */
@Component
class EmbeddedDatabaseCompaction implements DisposableBean {

	static final Duration EVERY = Duration.ofSeconds(15);

	/** How long a round may compact, so that it stays short. */
	static final int FOR_AT_MOST_MILLIS = 200;

	private static final Log logger = LogFactory.getLog(EmbeddedDatabaseCompaction.class);

	private final DataSource dataSource;

	private ScheduledExecutorService rounds;

	EmbeddedDatabaseCompaction(DataSource dataSource) {
		this.dataSource = dataSource;
	}

	@EventListener(ApplicationReadyEvent.class)
	void start() throws SQLException {
		try (Connection connection = this.dataSource.getConnection()) {
			if (!connection.getMetaData().getURL().startsWith("jdbc:h2:file:")) {
				return;
			}
		}
		this.rounds = Executors.newSingleThreadScheduledExecutor((task) -> {
			Thread thread = new Thread(task, "h2-compaction");
			thread.setDaemon(true);
			return thread;
		});
		this.rounds.scheduleWithFixedDelay(this::compact, EVERY.toSeconds(), EVERY.toSeconds(), TimeUnit.SECONDS);
	}

	void compact() {
		try (Connection connection = this.dataSource.getConnection()) {
			SessionLocal session = (SessionLocal) connection.unwrap(JdbcConnection.class).getSession();
			session.getDatabase().getStore().getMvStore().compactFile(FOR_AT_MOST_MILLIS);
		}
		catch (SQLException | RuntimeException ex) {
			logger.warn("Could not compact the embedded database this time: " + ex);
		}
	}

	@Override
	public void destroy() {
		if (this.rounds != null) {
			this.rounds.shutdownNow();
		}
	}

}
