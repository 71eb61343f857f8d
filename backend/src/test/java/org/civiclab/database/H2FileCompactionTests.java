package org.civiclab.database;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

import org.h2.jdbcx.JdbcDataSource;
import org.h2.mvstore.MVStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class H2FileCompactionTests {

	@TempDir
	Path dir;

	@Test
	void findsTheStoreOfAnH2FileDatabaseOnly() throws SQLException {
		JdbcDataSource file = h2("jdbc:h2:file:" + this.dir.resolve("db") + ";WRITE_DELAY=0");
		JdbcDataSource memory = h2("jdbc:h2:mem:compaction-tests");
		try (Connection keepFile = file.getConnection(); Connection keepMemory = memory.getConnection()) {
			assertThat(OpenH2Store.of(file)).isPresent();
			assertThat(OpenH2Store.of(memory)).isEmpty();
		}
	}

	@Test
	void aRoundRewritesTheSparseChunksThatCommitsLeaveBehind() throws Exception {
		JdbcDataSource h2 = h2("jdbc:h2:file:" + this.dir.resolve("db") + ";WRITE_DELAY=0");
		try (Connection connection = h2.getConnection(); Statement sql = connection.createStatement()) {
			MVStore store = OpenH2Store.of(h2).orElseThrow();
			store.setRetentionTime(0);
			sql.execute("create table t(id int primary key, n int, s varchar(200))");
			sql.execute("insert into t select x, 0, repeat('x', 200) from system_range(1, 5000)");
			for (int i = 0; i < 300; i++) {
				// each commit rewrites a leaf far from the last one's: chunks full of
				// outdated pages that each keep one or two live ones
				sql.execute("update t set n = n + 1 where id = " + (i * 97 % 5000 + 1));
			}
			int sparse = store.getFileStore().getChunksFillRate();
			CompactionRound round = new CompactionRound(store, properties(Duration.ofSeconds(5)));

			round.run();

			assertThat(sparse).as("live share of the chunks before").isLessThan(50);
			assertThat(store.getFileStore().getChunksFillRate()).as("live share of the chunks after one round")
				.isGreaterThan(sparse + 20);
			assertThat(sql.executeQuery("select sum(n) from t").next()).isTrue();
		}
	}

	@Test
	void aRoundWithinItsBudgetLeavesTheRestForTheNext() throws Exception {
		JdbcDataSource h2 = h2("jdbc:h2:file:" + this.dir.resolve("db") + ";WRITE_DELAY=0");
		try (Connection connection = h2.getConnection(); Statement sql = connection.createStatement()) {
			MVStore store = OpenH2Store.of(h2).orElseThrow();
			store.setRetentionTime(0);
			sql.execute("create table t(id int primary key, n int)");
			sql.execute("insert into t select x, 0 from system_range(1, 2000)");
			sql.execute("update t set n = 1 where id = 1");
			int before = store.getFileStore().getChunksFillRate();

			new CompactionRound(store, properties(Duration.ZERO)).run();

			assertThat(store.getFileStore().getChunksFillRate()).as("nothing rewritten without a budget")
				.isEqualTo(before);
		}
	}

	@Test
	void theShutdownWaitsForTheStoreToCloseAtMostAsLongAsItMay() throws Exception {
		JdbcDataSource h2 = h2("jdbc:h2:file:" + this.dir.resolve("db") + ";WRITE_DELAY=0");
		Connection last = h2.getConnection();
		MVStore store = OpenH2Store.of(h2).orElseThrow();

		boolean openAfterAWhile = H2FileCompaction.awaitClosed(store, Duration.ofMillis(200));
		Thread closing = new Thread(() -> {
			try {
				Thread.sleep(300);
				last.close();
			}
			catch (InterruptedException | SQLException ex) {
				throw new IllegalStateException(ex);
			}
		});
		closing.start();
		boolean closed = H2FileCompaction.awaitClosed(store, Duration.ofSeconds(30));
		closing.join();

		assertThat(openAfterAWhile).as("closed while a connection is open").isFalse();
		assertThat(closed).as("closed once the last connection closed").isTrue();
	}

	@Test
	void aRetentionShorterThanTwoIntervalsIsRefused() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new H2CompactionProperties(true, Duration.ofSeconds(3), Duration.ofMillis(100), 90,
					Duration.ofSeconds(5)))
			.withMessageContaining("civiclab.h2.retention-time");
	}

	private static H2CompactionProperties properties(Duration budget) {
		return new H2CompactionProperties(true, Duration.ofMillis(500), budget, 90, Duration.ofSeconds(5));
	}

	private JdbcDataSource h2(String url) {
		JdbcDataSource dataSource = new JdbcDataSource();
		dataSource.setURL(url);
		dataSource.setUser("sa");
		return dataSource;
	}

}
