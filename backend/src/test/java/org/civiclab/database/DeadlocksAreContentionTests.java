package org.civiclab.database;

import java.sql.SQLException;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import static org.assertj.core.api.Assertions.assertThat;

class DeadlocksAreContentionTests {

	private final DeadlocksAreContention filter = new DeadlocksAreContention();

	private final Logger engine = (Logger) LoggerFactory.getLogger("org.camunda.bpm.engine.context");

	private final ListAppender<ILoggingEvent> lines = new ListAppender<>();

	@BeforeEach
	void listen() {
		this.lines.start();
		this.engine.addAppender(this.lines);
		this.filter.register();
	}

	@AfterEach
	void stopListening() {
		this.filter.unregister();
		this.engine.detachAppender(this.lines);
		assertThat(((LoggerContext) LoggerFactory.getILoggerFactory()).getTurboFilterList())
			.doesNotContain(this.filter);
	}

	@Test
	void aDeadlockTheDatabaseResolvedIsLoggedAtWarnWithItsMessageAndStackTrace() {
		SQLException deadlock = new SQLException("Deadlock detected. The current transaction was rolled back.", "40001",
				40001);
		RuntimeException engineFailure = new RuntimeException("An exception occurred in the persistence layer",
				new IllegalStateException("Error flushing statements", deadlock));

		this.engine.error("ENGINE-16004 Exception while closing command context: {}", engineFailure.getMessage(),
				engineFailure);

		assertThat(this.lines.list).singleElement().satisfies((line) -> {
			assertThat(line.getLevel()).isEqualTo(Level.WARN);
			assertThat(line.getFormattedMessage()).isEqualTo(
					"ENGINE-16004 Exception while closing command context: An exception occurred in the persistence layer");
			assertThat(line.getThrowableProxy().getMessage())
				.isEqualTo("An exception occurred in the persistence layer");
		});
	}

	@Test
	void postgresqlsDeadlockToo() {
		this.engine.error("failed", new SQLException("deadlock detected", "40P01"));

		assertThat(this.lines.list).extracting(ILoggingEvent::getLevel).containsExactly(Level.WARN);
	}

	@Test
	void everyOtherErrorStaysAnError() {
		this.engine.error("ENGINE-16004 Exception while closing command context: {}", "broken",
				new RuntimeException("broken", new SQLException("Table not found", "42S02")));
		this.engine.error("no exception at all");

		assertThat(this.lines.list).extracting(ILoggingEvent::getLevel).containsExactly(Level.ERROR, Level.ERROR);
	}

}
