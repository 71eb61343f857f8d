package org.civiclab.benchmark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.civiclab.CivicLabApplication;
import org.civiclab.testdb.TestPostgres;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * CivicLab started in the benchmark's own JVM, as {@code java -jar} would start it, on a
 * fresh H2 data directory or a fresh PostgreSQL database, listening on the loopback
 * interface only. The demo people are created as usual; the benchmarks act as them.
 */
final class CivicLabInstance implements AutoCloseable {

	enum Database {

		H2, POSTGRESQL

	}

	private final ConfigurableApplicationContext context;

	private final Database database;

	private CivicLabInstance(ConfigurableApplicationContext context, Database database) {
		this.context = context;
		this.database = database;
	}

	/** Starts CivicLab; port 0 picks a free one. */
	static CivicLabInstance start(Database database, int port, String... extraArguments) {
		Path dataDir = freshDirectory("civiclab-" + database.name().toLowerCase());
		List<String> arguments = new ArrayList<>(List.of("--server.port=" + port, "--server.address=127.0.0.1",
				"--civiclab.data-dir=" + dataDir, "--logging.level.root=WARN"));
		if (database == Database.POSTGRESQL) {
			arguments.addAll(TestPostgres.postgresArguments(dataDir));
		}
		arguments.addAll(List.of(extraArguments));
		ConfigurableApplicationContext context = new SpringApplicationBuilder(CivicLabApplication.class)
			.run(arguments.toArray(String[]::new));
		return new CivicLabInstance(context, database);
	}

	/** The datasource arguments that put another node on this instance's database. */
	static List<String> databaseArguments(CivicLabInstance instance) {
		var environment = instance.context.getEnvironment();
		return List.of("--spring.datasource.url=" + environment.getProperty("spring.datasource.url"),
				"--spring.datasource.username=" + environment.getProperty("spring.datasource.username"),
				"--spring.datasource.password=" + environment.getProperty("spring.datasource.password", ""));
	}

	int port() {
		return this.context.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
	}

	Database database() {
		return this.database;
	}

	<T> T bean(Class<T> type) {
		return this.context.getBean(type);
	}

	@Override
	public void close() {
		this.context.close();
	}

	/** A new, empty directory under target/benchmarks. */
	static Path freshDirectory(String prefix) {
		try {
			Path parent = Files.createDirectories(Path.of("target", "benchmarks"));
			return Files.createTempDirectory(parent.toAbsolutePath(), prefix + "-");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
