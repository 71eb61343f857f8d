package org.civiclab.testdb;

import java.nio.file.Path;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Environment;
import org.springframework.core.env.PropertySource;

/**
 * With {@code civiclab.test.database=postgres} (set by the build's {@code postgres}
 * profile), every application a test starts runs on PostgreSQL: a database of its own for
 * each {@code civiclab.data-dir}, so that a restarted application finds its data and two
 * test classes never share theirs, as with the H2 files. No test needs to know.
 */
class PostgresPerDataDir implements EnvironmentPostProcessor {

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		if ("postgres".equals(environment.getProperty(TestPostgres.SWITCH))) {
			environment.getPropertySources().addFirst(new DataSourceProperties(environment));
		}
	}

	/**
	 * The data source's URL, user and password, looked up when the data source is made:
	 * by then a test's {@code @DynamicPropertySource} has set the data directory.
	 */
	private static final class DataSourceProperties extends PropertySource<Object> {

		// Not the source: Spring Boot would look into an environment given as one.
		private final Environment environment;

		DataSourceProperties(Environment environment) {
			super("civiclab-test-postgres");
			this.environment = environment;
		}

		@Override
		public Object getProperty(String name) {
			return switch (name) {
				case "spring.datasource.url" -> TestPostgres.server().databaseForSpringApplication(dataDir());
				case "spring.datasource.username" -> TestPostgres.server().username();
				case "spring.datasource.password" -> TestPostgres.server().password();
				default -> null;
			};
		}

		private Path dataDir() {
			return Path.of(this.environment.getRequiredProperty("civiclab.data-dir"));
		}

	}

}
