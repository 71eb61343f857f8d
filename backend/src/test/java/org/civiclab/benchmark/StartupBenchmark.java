package org.civiclab.benchmark;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Start-up and memory: the time from {@code java -jar} to a ready application (the
 * readiness probe answers 200: CivicLab's demo is created by then), and the resident
 * memory after a warm-up, of CivicLab beside a bare Spring Boot + Camunda starter app
 * (module {@code benchmarks/bare-camunda-app}), both on a fresh H2 file database and
 * again on the database of their previous start, with the JVM's default options.
 */
class StartupBenchmark {

	static final int ROUNDS = BenchmarkReport.size(2, 1);

	static final int WARM_UP_REQUESTS = BenchmarkReport.size(300, 20);

	static final Duration LIMIT = Duration.ofMinutes(3);

	private static final Path CIVICLAB = Path.of("target", "civiclab.jar");

	private static final Path BARE = Path.of("..", "benchmarks", "bare-camunda-app", "target", "bare-camunda-app.jar");

	@Test
	void startUpAndMemory() {
		BenchmarkReport report = new BenchmarkReport("StartupBenchmark", "3. Start-up and memory");
		int port = Integer.getInteger("civiclab.bench.port", 8774) + 1;
		App civiclab = new App("CivicLab", CIVICLAB, "--civiclab.data-dir=./data", true);
		App bare = new App("bare Camunda starter", BARE, "--bare.data-dir=./data", false);
		for (int round = 0; round < ROUNDS; round++) {
			for (App app : List.of(civiclab, bare)) {
				Path workDir = CivicLabInstance.freshDirectory("startup-" + (app.civiclab ? "civiclab" : "bare"));
				app.measure(workDir, port, app.fresh);
				app.measure(workDir, port, app.restart);
			}
		}
		report.line("Time from starting `java -jar` (no JVM options) to the readiness probe answering 200; then"
				+ " %d health requests and %d requests of the application's own (CivicLab: `GET /api/board` as a"
				+ " signed-in lab lead; bare app: the cockpit's welcome page), then the resident set size (VmRSS from"
				+ " /proc). Each start on a fresh data directory (\"first start\": schema, Flyway, demo data) and again"
				+ " on the same directory (\"restart\"), %d rounds alternating the two apps; medians, with the range.",
				WARM_UP_REQUESTS, WARM_UP_REQUESTS, ROUNDS)
			.line("")
			.line("| app | first start (s) | restart (s) | RSS after warm-up (MiB) |")
			.line("|---|---|---|---|");
		for (App app : List.of(civiclab, bare)) {
			report.line("| %s | %s | %s | %s |", app.name, app.fresh.summary(1000), app.restart.summary(1000),
					app.memory.summary(1));
		}
		report.line("")
			.line("CivicLab / bare: first start %.2f×, restart %.2f×, memory %.2f×.",
					civiclab.fresh.median() / bare.fresh.median(), civiclab.restart.median() / bare.restart.median(),
					civiclab.memory.median() / bare.memory.median());
		report.write();
	}

	/** One of the two applications and what was measured of it. */
	private static final class App {

		final String name;

		final Path jar;

		final String dataDir;

		final boolean civiclab;

		final Samples fresh = new Samples();

		final Samples restart = new Samples();

		final Samples memory = new Samples();

		App(String name, Path jar, String dataDir, boolean civiclab) {
			this.name = name;
			this.jar = jar;
			this.dataDir = dataDir;
			this.civiclab = civiclab;
		}

		void measure(Path workDir, int port, Samples startTimes) {
			try (JarProcess process = JarProcess.start(this.jar, port, workDir, List.of(this.dataDir))) {
				startTimes.add(process.awaitReady(LIMIT).toMillis());
				warmUp(process);
				this.memory.add(process.residentMegabytes());
			}
		}

		private void warmUp(JarProcess process) {
			SessionClient lena = this.civiclab ? SessionClient.signIn(process.port(), "lena") : null;
			for (int request = 0; request < WARM_UP_REQUESTS; request++) {
				process.status("/actuator/health");
				if (lena != null) {
					lena.get("/api/board");
				}
				else {
					process.status("/camunda/app/welcome/default/");
				}
			}
		}

	}

	/** Measured values; the median and range. */
	private static final class Samples {

		private final List<Double> values = new ArrayList<>();

		void add(double value) {
			this.values.add(value);
		}

		double median() {
			List<Double> sorted = new ArrayList<>(this.values);
			sorted.sort(null);
			return sorted.get(sorted.size() / 2);
		}

		String summary(double unit) {
			double min = this.values.stream().mapToDouble(Double::doubleValue).min().orElseThrow();
			double max = this.values.stream().mapToDouble(Double::doubleValue).max().orElseThrow();
			return String.format(java.util.Locale.ROOT, "%.1f (%.1f–%.1f)", median() / unit, min / unit, max / unit);
		}

	}

}
