package org.civiclab.benchmark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/**
 * Start-up and memory: the time from {@code java -jar} to a ready application (the
 * readiness probe answers 200: CivicLab's demo is created by then), and the resident
 * memory after a warm-up, of CivicLab beside a bare Spring Boot + Camunda starter app
 * (module {@code benchmarks/bare-camunda-app}), both on a fresh H2 file database and
 * again on the database of their previous start: first with the JVM's default options,
 * then as the Docker image starts them: the jar extracted, the class-data sharing archive
 * of a training run, and the production JVM settings ({@code docker/jvm.options}).
 */
class StartupBenchmark {

	static final int ROUNDS = BenchmarkReport.size(2, 1);

	static final int WARM_UP_REQUESTS = BenchmarkReport.size(300, 20);

	static final Duration LIMIT = Duration.ofMinutes(3);

	private static final Path CIVICLAB = Path.of("target", "civiclab.jar");

	private static final Path JVM_OPTIONS = SoakIT.JVM_OPTIONS;

	private static final Path BARE = Path.of("..", "benchmarks", "bare-camunda-app", "target", "bare-camunda-app.jar");

	@Test
	void startUpAndMemory() {
		BenchmarkReport report = new BenchmarkReport("StartupBenchmark", "3. Start-up and memory");
		int port = Integer.getInteger("civiclab.bench.port", 8774) + 1;
		App civiclab = new App("CivicLab", CIVICLAB, "--civiclab.data-dir=./data", true);
		App bare = new App("bare Camunda starter", BARE, "--bare.data-dir=./data", false);
		for (App app : List.of(civiclab, bare)) {
			app.prepareProduction(port);
		}
		for (int round = 0; round < ROUNDS; round++) {
			for (App app : List.of(civiclab, bare)) {
				app.defaults.measure(app, port);
				app.production.measure(app, port);
			}
		}
		report.line("Time from starting `java -jar` to the readiness probe answering 200; then"
				+ " %d health requests and %d requests of the application's own (CivicLab: `GET /api/board` as a"
				+ " signed-in lab lead; bare app: the cockpit's welcome page), then the resident set size (VmRSS from"
				+ " /proc). Each start on a fresh data directory (\"first start\": schema, Flyway, demo data) and again"
				+ " on the same directory (\"restart\"), %d rounds alternating the two apps; medians, with the range."
				+ " Two settings: the JVM's defaults (no options; the heap may grow to a quarter of the machine's"
				+ " memory), and the Docker image's (the jar extracted, each app's own class-data sharing archive"
				+ " from a training run as the Dockerfile makes it, `docker/jvm.options`: a 184 MB heap, only the"
				+ " client compiler).", WARM_UP_REQUESTS, WARM_UP_REQUESTS, ROUNDS)
			.line("")
			.line("| settings | app | first start (s) | restart (s) | RSS after warm-up (MiB) |")
			.line("|---|---|---|---|---|");
		for (boolean production : List.of(false, true)) {
			for (App app : List.of(civiclab, bare)) {
				Measured measured = production ? app.production : app.defaults;
				report.line("| %s | %s | %s | %s | %s |", measured.settings, app.name, measured.fresh.summary(1000),
						measured.restart.summary(1000), measured.memory.summary(1));
			}
		}
		report.line("");
		for (boolean production : List.of(false, true)) {
			Measured ours = production ? civiclab.production : civiclab.defaults;
			Measured theirs = production ? bare.production : bare.defaults;
			report.line("CivicLab / bare, %s: first start %.2f×, restart %.2f×, memory %.2f×.", ours.settings,
					ours.fresh.median() / theirs.fresh.median(), ours.restart.median() / theirs.restart.median(),
					ours.memory.median() / theirs.memory.median());
			report.line("");
		}
		report.write();
	}

	/** The figures of one app under one setting. */
	private static final class Measured {

		final String settings;

		final boolean production;

		final Samples fresh = new Samples();

		final Samples restart = new Samples();

		final Samples memory = new Samples();

		Measured(String settings, boolean production) {
			this.settings = settings;
			this.production = production;
		}

		void measure(App app, int port) {
			Path workDir = CivicLabInstance.freshDirectory(
					"startup-" + (app.civiclab ? "civiclab" : "bare") + (this.production ? "-production" : ""));
			app.measure(workDir, port, this, this.fresh);
			app.measure(workDir, port, this, this.restart);
		}

	}

	/** One of the two applications and what was measured of it. */
	private static final class App {

		final String name;

		final Path jar;

		final String dataDir;

		final boolean civiclab;

		final Measured defaults = new Measured("JVM defaults", false);

		final Measured production = new Measured("Docker image's", true);

		/** The extracted jar, and the options that start it from its archive. */
		Path productionJar;

		List<String> productionOptions;

		App(String name, Path jar, String dataDir, boolean civiclab) {
			this.name = name;
			this.jar = jar;
			this.dataDir = dataDir;
			this.civiclab = civiclab;
		}

		/**
		 * What the Dockerfile does: the jar extracted (Spring Boot's jar mode tools),
		 * then a training run that starts the app until its context is refreshed and
		 * writes the classes it loaded into a class-data sharing archive.
		 */
		void prepareProduction(int port) {
			Path dir = CivicLabInstance.freshDirectory("startup-cds-" + (this.civiclab ? "civiclab" : "bare"));
			run(dir, List.of("-Djarmode=tools", "-jar", this.jar.toAbsolutePath().toString(), "extract",
					"--destination", dir.resolve("app").toString()));
			this.productionJar = dir.resolve("app").resolve(this.jar.getFileName());
			String settings = "@" + JVM_OPTIONS.toAbsolutePath();
			Path archive = dir.resolve("app.jsa");
			run(dir, List.of(settings, "-XX:ArchiveClassesAtExit=" + archive, "-Dspring.context.exit=onRefresh", "-jar",
					this.productionJar.toString(), "--server.port=" + port, "--server.address=127.0.0.1",
					this.dataDir));
			this.productionOptions = List.of(settings, "-XX:SharedArchiveFile=" + archive);
		}

		void measure(Path workDir, int port, Measured settings, Samples startTimes) {
			Path jar = settings.production ? this.productionJar : this.jar;
			List<String> options = settings.production ? this.productionOptions : List.of();
			try (JarProcess process = JarProcess.start(jar, options, port, workDir, List.of(this.dataDir))) {
				startTimes.add(process.awaitReady(LIMIT).toMillis());
				warmUp(process);
				settings.memory.add(process.residentMegabytes());
			}
		}

		private static void run(Path dir, List<String> arguments) {
			List<String> command = new ArrayList<>(
					List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
			command.addAll(arguments);
			try {
				Process process = new ProcessBuilder(command).directory(dir.toFile())
					.redirectErrorStream(true)
					.redirectOutput(ProcessBuilder.Redirect.appendTo(dir.resolve("prepare.log").toFile()))
					.start();
				if (!process.waitFor(LIMIT.toSeconds(), TimeUnit.SECONDS) || process.exitValue() != 0) {
					process.destroyForcibly();
					throw new IllegalStateException("Failed: " + command + "; see " + dir.resolve("prepare.log"));
				}
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
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
