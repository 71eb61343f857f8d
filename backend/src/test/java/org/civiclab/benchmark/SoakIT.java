package org.civiclab.benchmark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.civiclab.testdb.TestPostgres;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A dozen clients on loopback for about two minutes, mixing what a lab's morning holds:
 * board reads, ideas written and submitted, comments and support, test cards, results and
 * gate decisions, several lab leads on the same ideas, anonymous readers of the open
 * data. Afterwards: no 5xx, no ERROR line in the log, every write acknowledged with a 2xx
 * is there, and the application's resident memory never above
 * {@value #RESIDENT_LIMIT_MIB} MiB under the production JVM settings
 * ({@code docker/jvm.options}); reported: requests, 2xx, 409, resident memory and the
 * database's growth (on H2 also after a clean shutdown, against the same data compacted).
 * Runs on H2, and on PostgreSQL with {@code -Ppostgres}; writes
 * {@code target/soak-last-run.txt} (docs/reliability.md).
 */
class SoakIT {

	/**
	 * How long the clients work; {@code -Dciviclab.soak.duration=PT5M} for a longer run.
	 */
	static final Duration DURATION = Duration.parse(System.getProperty("civiclab.soak.duration", "PT75S"));

	/**
	 * The jar under test; {@code -Dciviclab.soak.jar=…} runs another build (an older
	 * commit's, for a before-and-after).
	 */
	static final Path JAR = Path.of(System.getProperty("civiclab.soak.jar", "target/civiclab.jar"));

	/**
	 * The production JVM settings, the file the image's launcher reads
	 * ({@code JDK_JAVA_OPTIONS=@/opt/civiclab/jvm.options}), passed to this launcher as
	 * the same argument file; {@code -Dciviclab.soak.jvm-options=…} runs under others.
	 */
	static final Path JVM_OPTIONS = Path.of(System.getProperty("civiclab.soak.jvm-options", "../docker/jvm.options"));

	/**
	 * A node's memory (the Performance issue; {@code mem_limit} in docker/compose.yaml):
	 * the most the application's resident set (VmRSS, sampled every second) may reach.
	 */
	static final long RESIDENT_LIMIT_MIB = 512;

	static final ObjectMapper JSON = new ObjectMapper();

	@TempDir
	Path dir;

	@Test
	void aDozenClientsForTwoMinutesLeaveNoErrorAndLoseNoWrite() throws Exception {
		Path dataDir = Files.createDirectories(this.dir.resolve("data"));
		boolean postgres = !TestPostgres.applicationArguments(dataDir).isEmpty();
		List<String> arguments = new ArrayList<>(List.of("--civiclab.data-dir=" + dataDir));
		arguments.addAll(TestPostgres.applicationArguments(dataDir));
		SoakReport report = new SoakReport(postgres ? "PostgreSQL" : "H2", DURATION, settings(JVM_OPTIONS));
		Soak soak;
		Load.Result load;
		try (JarProcess app = JarProcess.start(JAR, List.of("@" + JVM_OPTIONS.toAbsolutePath()), 0, this.dir,
				arguments)) {
			// A first start on a machine that six builds share took 2.5 minutes.
			app.awaitReady(Duration.ofMinutes(8));
			report.started(app.residentMegabytes(), databaseBytes(dataDir, postgres));
			soak = new Soak(app.port());
			// Resident memory every second until the application is stopped: through the
			// load and the reading back of every write.
			ScheduledExecutorService resident = Executors.newSingleThreadScheduledExecutor();
			resident.scheduleAtFixedRate(() -> report.resident(app.residentMegabytes()), 1, 1, TimeUnit.SECONDS);
			List<String> missing;
			try {
				ScheduledExecutorService database = Executors.newSingleThreadScheduledExecutor();
				Instant loadBegan = Instant.now();
				database.scheduleAtFixedRate(() -> report.databaseSize(databaseBytesNow(dataDir, postgres),
						Duration.between(loadBegan, Instant.now()).toSeconds()), 1, 1, TimeUnit.SECONDS);
				try {
					load = Load.run(IntStream.range(0, 1_000_000).boxed().toList(), Soak.CLIENTS, DURATION,
							(client, n) -> soak.act(client));
					report.loaded(load, soak.tally());
				}
				finally {
					database.shutdownNow();
				}
				report.finished(app.residentMegabytes(), databaseBytes(dataDir, postgres));
				missing = soak.missingWrites();
				report.verified(soak.writes(), missing);
				report.resident(app.residentMegabytes());
			}
			finally {
				resident.shutdownNow();
			}
			app.close();
			Files.copy(app.log(), Path.of("target", "soak-" + (postgres ? "postgresql" : "h2") + ".log"),
					StandardCopyOption.REPLACE_EXISTING);
			report.errorLines(errorLines(app.log()));
			if (!postgres) {
				report.afterShutdown(Files.size(h2File(dataDir)), compactedH2Size(dataDir));
			}
			System.out.print(report);
			Files.writeString(Path.of("target/soak-last-run.txt"), report.toString(), StandardCharsets.UTF_8);

			assertThat(soak.tally().serverErrors()).as("5xx answers: %s", soak.tally().samples()).isZero();
			assertThat(report.errorLines()).as("ERROR lines in %s", app.log()).isEmpty();
			assertThat(missing).as("acknowledged writes missing afterwards").isEmpty();
			assertThat(soak.tally().unexpected()).as("other refusals of signed-in clients: %s", soak.tally().samples())
				.isZero();
			assertThat(soak.tally().conflicts()).as("the same ideas were contended").isPositive();
			assertThat(load.failed()).as("client actions that failed outright").isZero();
			assertThat(report.residentMax()).as("resident memory at most (MiB) under %s", JVM_OPTIONS)
				.isLessThanOrEqualTo(RESIDENT_LIMIT_MIB);
			if (!postgres) {
				// In proportion to the data after a clean shutdown: never much more than
				// a fresh start's file, or than the data itself compacted.
				assertThat(report.h2AfterShutdown()).as("the H2 file after a clean shutdown")
					.isLessThanOrEqualTo(
							Math.max(report.dbStart(), (long) (report.h2Compacted() * 1.5)) + 2L * 1024 * 1024);
				// And while the clients write (database.H2FileCompaction): a few times
				// the data and the last seconds of writes, not growing with every write.
				assertThat(report.dbPeak()).as("the H2 file's largest size during the load")
					.isLessThanOrEqualTo(peakBound(report.h2Compacted()));
			}
		}
	}

	/**
	 * The largest the H2 file may be during the load: ten times the data compacted (the
	 * chunks are about a third live while H2FileCompaction runs) and
	 * {@value #WRITES_KEPT_MB} MB for the writes of the last seconds, which H2 keeps 2 s
	 * (5 s until 2026-12-02 15:50) before reusing their space (about 2 MB a second on a
	 * quiet machine; twice that and more for headroom). Not the fresh start's size: on
	 * the code before H2FileCompaction the start's file was itself swollen by the demo's
	 * seeding. On that code, 2026-12-02 on one busy machine back to back: 15.8 → 36.7 MB
	 * for 0.6 MB of data (bound 30.0 MB), and 6.8 → 9.9 MB with it; on a quiet machine
	 * before, 23.5 → 166.1 MB for 1.7 MB. On a clean clone with it (2026-12-02 07:29),
	 * 11.9 → 34.9 MB for 1.6 MB, still growing by about 0.3 MB a second: the allowance
	 * leaves a third of headroom for a slower CI machine, and the code before still fails
	 * it threefold (docs/reliability.md).
	 */
	static long peakBound(long compacted) {
		return 10 * compacted + WRITES_KEPT_MB * 1_000_000L;
	}

	static final long WRITES_KEPT_MB = 36;

	/** The options of a JVM argument file, for the report: its lines without comments. */
	static String settings(Path argumentFile) throws IOException {
		return Files.readAllLines(argumentFile)
			.stream()
			.map((line) -> line.replaceFirst("#.*", "").strip())
			.filter((line) -> !line.isEmpty())
			.collect(Collectors.joining(" "));
	}

	private static List<String> errorLines(Path log) throws IOException {
		return Files.readAllLines(log, StandardCharsets.UTF_8)
			.stream()
			.filter((line) -> line.contains(" ERROR "))
			.toList();
	}

	private static long databaseBytesNow(Path dataDir, boolean postgres) {
		try {
			return databaseBytes(dataDir, postgres);
		}
		catch (SQLException | IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static Path h2File(Path dataDir) {
		return dataDir.resolve("civiclab.mv.db");
	}

	private static long databaseBytes(Path dataDir, boolean postgres) throws SQLException, IOException {
		if (!postgres) {
			return Files.size(h2File(dataDir));
		}
		try (Connection sql = TestPostgres.connect(dataDir);
				ResultSet size = sql.createStatement().executeQuery("select pg_database_size(current_database())")) {
			size.next();
			return size.getLong(1);
		}
	}

	/** The size of a copy of the H2 file once H2 has compacted it completely. */
	private long compactedH2Size(Path dataDir) throws SQLException, IOException {
		Path copy = Files.createDirectories(this.dir.resolve("compacted"));
		Files.copy(h2File(dataDir), copy.resolve("civiclab.mv.db"));
		try (Connection sql = java.sql.DriverManager.getConnection("jdbc:h2:file:" + copy + "/civiclab", "sa", "")) {
			sql.createStatement().execute("SHUTDOWN COMPACT");
		}
		return Files.size(copy.resolve("civiclab.mv.db"));
	}

	static JsonNode json(HttpResponse<String> answer) {
		try {
			return JSON.readTree(answer.body());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
