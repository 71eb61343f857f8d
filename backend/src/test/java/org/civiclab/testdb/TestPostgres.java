package org.civiclab.testdb;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.SpringApplication;

/**
 * The PostgreSQL server the tests run on, one per JVM: the server named by
 * {@code CIVICLAB_TEST_POSTGRES_URL} (with {@code _USER} and {@code _PASSWORD}) if that
 * is set, otherwise an embedded PostgreSQL listening on the loopback interface only. Each
 * data directory gets a database of its own, fresh when this JVM first asks for it.
 */
public final class TestPostgres {

	/** The system property that the build's postgres profile sets to {@code postgres}. */
	static final String SWITCH = "civiclab.test.database";

	/** Host and port, database, parameters. */
	private static final String DATABASE_IN_URL = "(jdbc:postgresql://[^/?]*/)([^?]*)(.*)";

	private static final Logger logger = LoggerFactory.getLogger(TestPostgres.class);

	private static TestPostgres server;

	private final String url;

	private final String username;

	private final String password;

	/** The server this JVM started, or none for a named one. */
	private final EmbeddedPostgres embedded;

	private final Set<String> databases = new LinkedHashSet<>();

	private final AtomicBoolean stopped = new AtomicBoolean();

	private volatile boolean usedBySpringApplications;

	private TestPostgres(String url, String username, String password, EmbeddedPostgres embedded) {
		this.url = url;
		this.username = username;
		this.password = password;
		this.embedded = embedded;
	}

	/**
	 * The command-line arguments that put an application started in a JVM of its own
	 * ({@code java -jar}) on the database of this data directory; none without the
	 * switch, when the application keeps its H2 files there.
	 */
	public static List<String> applicationArguments(Path dataDir) {
		if (!"postgres".equals(System.getProperty(SWITCH))) {
			return List.of();
		}
		TestPostgres server = server();
		return List.of("--spring.datasource.url=" + server.database(dataDir),
				"--spring.datasource.username=" + server.username, "--spring.datasource.password=" + server.password);
	}

	/**
	 * A connection to the database of this data directory, for a test that looks into
	 * what applications in JVMs of their own wrote; only with the switch.
	 */
	public static Connection connect(Path dataDir) throws SQLException {
		TestPostgres server = server();
		return DriverManager.getConnection(server.database(dataDir), server.username, server.password);
	}

	/**
	 * The datasource arguments for a fresh database of this data directory on the test
	 * server, whatever the switch says: for the benchmarks, which compare H2 and
	 * PostgreSQL in one run.
	 */
	public static List<String> postgresArguments(Path dataDir) {
		TestPostgres server = server();
		// The benchmarks start an application of Spring's in this JVM before they end.
		server.usedBySpringApplications = true;
		return List.of("--spring.datasource.url=" + server.database(dataDir),
				"--spring.datasource.username=" + server.username, "--spring.datasource.password=" + server.password);
	}

	static synchronized TestPostgres server() {
		if (server == null) {
			String url = System.getenv("CIVICLAB_TEST_POSTGRES_URL");
			server = (url != null && !url.isBlank()) ? named(url) : embedded();
			server.stopWhenNoLongerNeeded();
		}
		return server;
	}

	private static TestPostgres named(String url) {
		if (!url.matches(DATABASE_IN_URL)) {
			throw new IllegalStateException(
					"CIVICLAB_TEST_POSTGRES_URL must look like jdbc:postgresql://host:port/database, not " + url);
		}
		logger.info("Tests run on the PostgreSQL server at {}", url);
		return new TestPostgres(url, environment("CIVICLAB_TEST_POSTGRES_USER", "postgres"),
				environment("CIVICLAB_TEST_POSTGRES_PASSWORD", ""), null);
	}

	private static TestPostgres embedded() {
		try {
			// As root, the library runs PostgreSQL in a user namespace of its own
			// (unshare -U), as PostgreSQL refuses to run as root.
			EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder();
			// -Dciviclab.bench.explain=8ms: the plan, rows and buffers of every statement
			// slower than that, and every autovacuum, in target/postgres.log.
			String explain = System.getProperty("civiclab.bench.explain");
			if (explain != null) {
				builder.setServerConfig("shared_preload_libraries", "auto_explain")
					.setServerConfig("auto_explain.log_min_duration", explain)
					.setServerConfig("auto_explain.log_analyze", "on")
					.setServerConfig("auto_explain.log_buffers", "on")
					.setServerConfig("auto_explain.log_timing", "off")
					.setServerConfig("log_autovacuum_min_duration", "0");
			}
			EmbeddedPostgres postgres = builder.setServerConfig("listen_addresses", "127.0.0.1")
				.setServerConfig("fsync", "off")
				.setOutputRedirector(ProcessBuilder.Redirect.appendTo(Path.of("target", "postgres.log").toFile()))
				.setRegisterShutdownHook(false)
				.start();
			String url = "jdbc:postgresql://127.0.0.1:" + postgres.getPort() + "/postgres";
			logger.info("Tests run on an embedded PostgreSQL at {}, its log in target/postgres.log", url);
			return new TestPostgres(url, "postgres", "", postgres);
		}
		catch (IOException | RuntimeException ex) {
			throw new IllegalStateException("Could not start the embedded PostgreSQL, see target/postgres.log", ex);
		}
	}

	private static String environment(String name, String otherwise) {
		String value = System.getenv(name);
		return (value != null) ? value : otherwise;
	}

	/**
	 * At the JVM's exit, after Spring has closed its applications: stopping beside them
	 * would take the database away from an engine that is still stopping. Spring runs its
	 * shutdown handlers only where one of its applications ran; otherwise a hook of ours.
	 */
	private void stopWhenNoLongerNeeded() {
		SpringApplication.getShutdownHandlers().add(this::stop);
		Runtime.getRuntime().addShutdownHook(new Thread(() -> {
			if (!this.usedBySpringApplications) {
				stop();
			}
		}, "test-postgres-stop"));
	}

	private synchronized void stop() {
		if (!this.stopped.compareAndSet(false, true)) {
			return;
		}
		try {
			if (this.embedded != null) {
				this.embedded.close();
			}
			else {
				this.databases.forEach((database) -> execute("drop database if exists " + database + " with (force)"));
			}
		}
		catch (IOException | IllegalStateException ex) {
			logger.warn("Could not clean up the test databases", ex);
		}
	}

	String username() {
		return this.username;
	}

	String password() {
		return this.password;
	}

	/** The JDBC URL of the database for an application of Spring's in this JVM. */
	String databaseForSpringApplication(Path dataDir) {
		this.usedBySpringApplications = true;
		return database(dataDir);
	}

	/** The JDBC URL of the database for this data directory, made afresh on first use. */
	private synchronized String database(Path dataDir) {
		String database = "civiclab_test_" + hash(dataDir.toAbsolutePath().normalize().toString());
		if (this.databases.add(database)) {
			execute("drop database if exists " + database + " with (force)", "create database " + database);
			logger.info("Database {} holds the data of {}", database, dataDir);
		}
		return this.url.replaceFirst(DATABASE_IN_URL, "$1" + database + "$3");
	}

	private void execute(String... statements) {
		try (Connection connection = DriverManager.getConnection(this.url, this.username, this.password);
				Statement statement = connection.createStatement()) {
			for (String sql : statements) {
				statement.execute(sql);
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException("PostgreSQL at " + this.url + " refused: " + String.join("; ", statements),
					ex);
		}
	}

	private static String hash(String text) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest, 0, 8);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
