package org.civiclab;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.civiclab.testdb.TestPostgres;

/**
 * CivicLab built as {@code target/civiclab.jar}, started in a JVM of its own ({@code java
 * -jar}) on 127.0.0.1 at a free port, as an operator would run a node: it can be killed
 * ({@code kill -9}), paused and resumed. With {@code -Ppostgres} it runs on the database
 * of the given data directory, like every other test; nodes given the same database
 * directory share one database.
 */
public final class AppNode implements AutoCloseable {

	static final Path JAR = Path.of("target/civiclab.jar");

	private final String name;

	private final int port;

	private final Path log;

	private final Process process;

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

	private AppNode(String name, int port, Path log, Process process) {
		this.name = name;
		this.port = port;
		this.log = log;
		this.process = process;
	}

	/**
	 * Starts a node; answers at once, see {@link #awaitReady()}.
	 * @param name for messages and the log file's name
	 * @param dataDir the node's data directory (H2 files, unless on PostgreSQL)
	 * @param databaseDir the data directory whose PostgreSQL database the node uses
	 * @param arguments more Spring Boot arguments ({@code --key=value})
	 */
	public static AppNode start(String name, Path dataDir, Path databaseDir, List<String> arguments)
			throws IOException {
		int port = freePort();
		List<String> command = new ArrayList<>(List.of("java", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-jar",
				JAR.toString(), "--server.port=" + port, "--server.address=127.0.0.1", "--civiclab.data-dir=" + dataDir,
				// The cheapest hash BCrypt allows, as in the tests' own contexts: the
				// nodes'
				// clients sign in with HTTP Basic on every request.
				"--civiclab.password-hash-strength=4"));
		command.addAll(TestPostgres.applicationArguments(databaseDir));
		command.addAll(arguments);
		Path log = Files.createDirectories(Path.of("target", "app-nodes")).resolve(name + ".log");
		Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
		return new AppNode(name, port, log, process);
	}

	/**
	 * Waits until the node says it is ready for traffic, as a load balancer would ask.
	 */
	public AppNode awaitReady() throws InterruptedException {
		Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
		while (Instant.now().isBefore(deadline)) {
			if (!this.process.isAlive()) {
				throw new IllegalStateException(this + " died while starting; see " + this.log);
			}
			try {
				HttpRequest ready = HttpRequest.newBuilder(uri("/actuator/health/readiness"))
					.timeout(Duration.ofSeconds(5))
					.build();
				if (this.http.send(ready, BodyHandlers.discarding()).statusCode() == 200) {
					return this;
				}
			}
			catch (IOException ex) {
				// not listening yet
			}
			Thread.sleep(300);
		}
		throw new IllegalStateException(this + " was not ready within three minutes; see " + this.log);
	}

	public int port() {
		return this.port;
	}

	public URI uri(String path) {
		return URI.create("http://127.0.0.1:" + this.port + path);
	}

	public boolean isAlive() {
		return this.process.isAlive();
	}

	/** {@code kill -9}: no shutdown hook, no graceful stop, open transactions lost. */
	public void kill() throws InterruptedException {
		killNow();
		this.process.waitFor();
	}

	/** {@code kill -9} without waiting for the process to end. */
	public void killNow() {
		this.process.destroyForcibly();
	}

	/** {@code kill -STOP}: the node freezes where it is, its connections stay open. */
	public void pause() throws IOException, InterruptedException {
		signal("STOP");
	}

	/** {@code kill -CONT}: a paused node goes on. */
	public void resume() throws IOException, InterruptedException {
		signal("CONT");
	}

	private void signal(String signal) throws IOException, InterruptedException {
		int exit = new ProcessBuilder("kill", "-" + signal, Long.toString(this.process.pid())).inheritIO()
			.start()
			.waitFor();
		if (exit != 0) {
			throw new IllegalStateException("kill -" + signal + " " + this.process.pid() + " failed");
		}
	}

	public Path log() {
		return this.log;
	}

	/** Stops the node gracefully (SIGTERM), or kills it if it does not stop in time. */
	@Override
	public void close() throws InterruptedException, IOException {
		if (!this.process.isAlive()) {
			return;
		}
		resume();
		this.process.destroy();
		if (!this.process.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)) {
			kill();
		}
	}

	@Override
	public String toString() {
		return "node " + this.name + " (port " + this.port + ")";
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

}
