package org.civiclab.benchmark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * An application started as its users start it, {@code java -jar}, in a JVM of its own,
 * listening on the loopback interface; its output goes to a log file beside its data.
 */
final class JarProcess implements AutoCloseable {

	private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

	private final Process process;

	private final int port;

	private final Path log;

	private final long startedAt;

	private JarProcess(Process process, int port, Path log, long startedAt) {
		this.process = process;
		this.port = port;
		this.log = log;
		this.startedAt = startedAt;
	}

	/** Starts the jar with the JVM's defaults and these application arguments. */
	static JarProcess start(Path jar, int port, Path workDir, List<String> arguments) {
		return start(jar, List.of(), port, workDir, arguments);
	}

	/**
	 * Starts the jar with these JVM options and application arguments; port 0 picks a
	 * free one.
	 */
	static JarProcess start(Path jar, List<String> jvmOptions, int port, Path workDir, List<String> arguments) {
		if (port == 0) {
			port = freePort();
		}
		if (!Files.isRegularFile(jar)) {
			throw new IllegalStateException(jar + " is missing: run the benchmarks through Maven from the top folder"
					+ " (mvn verify -Pbenchmarks), which builds it first");
		}
		List<String> command = new ArrayList<>(
				List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
		command.addAll(jvmOptions);
		command.addAll(List.of("-jar", jar.toAbsolutePath().toString(), "--server.port=" + port,
				"--server.address=127.0.0.1"));
		command.addAll(arguments);
		Path log = workDir.resolve("app-" + port + ".log");
		try {
			Files.createDirectories(workDir);
			long startedAt = System.nanoTime();
			Process process = new ProcessBuilder(command).directory(workDir.toFile())
				.redirectErrorStream(true)
				.redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
				.start();
			return new JarProcess(process, port, log, startedAt);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Waits until the readiness probe answers 200; answers the time since start. */
	Duration awaitReady(Duration limit) {
		long deadline = this.startedAt + limit.toNanos();
		while (System.nanoTime() < deadline) {
			if (!this.process.isAlive()) {
				throw new IllegalStateException("The application on port " + this.port + " died; see " + this.log);
			}
			if (status("/actuator/health/readiness") == 200) {
				return Duration.ofNanos(System.nanoTime() - this.startedAt);
			}
			sleep(25);
		}
		throw new IllegalStateException("Not ready within " + limit + "; see " + this.log);
	}

	/** The status of a GET without credentials, or -1 if nothing answered. */
	int status(String path) {
		try {
			return HTTP
				.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + path))
					.timeout(Duration.ofSeconds(30))
					.build(), BodyHandlers.discarding())
				.statusCode();
		}
		catch (IOException ex) {
			return -1;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return -1;
		}
	}

	int port() {
		return this.port;
	}

	Path log() {
		return this.log;
	}

	/** Resident memory of the process, from /proc, in MiB. */
	double residentMegabytes() {
		try {
			return Files.readAllLines(Path.of("/proc", Long.toString(this.process.pid()), "status"))
				.stream()
				.filter((line) -> line.startsWith("VmRSS:"))
				.map((line) -> Long.parseLong(line.replaceAll("\\D", "")) / 1024.0)
				.findFirst()
				.orElseThrow();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The CPU time the process has used so far (user and system), in seconds. */
	double cpuSeconds() {
		return CpuTime.ofProcess(this.process.pid());
	}

	/** Stops it as a service manager would (SIGTERM), then waits for it. */
	@Override
	public void close() {
		this.process.destroy();
		try {
			if (!this.process.waitFor(60, TimeUnit.SECONDS)) {
				this.process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
