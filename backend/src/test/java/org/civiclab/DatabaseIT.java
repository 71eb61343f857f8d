package org.civiclab;

import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.Lifecycle;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The tests run on the database the build chose: H2 by default, PostgreSQL with
 * {@code mvn verify -Ppostgres} (docs/adr/0010). The engine's tables and ours share it.
 */
class DatabaseIT extends ApiClient.FullStack {

	@Autowired
	DataSource dataSource;

	@Autowired
	ApplicationContext context;

	@Test
	void runsOnTheDatabaseTheBuildChose() throws SQLException {
		String expected = "postgres".equals(System.getProperty("civiclab.test.database")) ? "PostgreSQL" : "H2";

		try (Connection connection = this.dataSource.getConnection()) {
			assertThat(connection.getMetaData().getDatabaseProductName()).isEqualTo(expected);
		}
	}

	@Test
	void theEngineAndOurRecordsShareTheDatabase() {
		JdbcTemplate jdbc = new JdbcTemplate(this.dataSource);

		assertThat(jdbc.queryForObject("select count(*) from act_re_procdef", Long.class)).isPositive();
		assertThat(jdbc.queryForObject("select count(*) from person", Long.class)).isPositive();
	}

	@Test
	void theH2FileIsCompactedWhileTheApplicationRunsAndPostgreSqlIsLeftAlone() {
		boolean h2 = !"postgres".equals(System.getProperty("civiclab.test.database"));

		assertThat(this.context.getBean("h2FileCompaction", Lifecycle.class).isRunning()).isEqualTo(h2);
	}

}
