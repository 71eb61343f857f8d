package org.civiclab.people;

import java.nio.file.Path;
import java.util.List;
import java.util.function.IntFunction;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.civiclab.AtOnce;
import org.civiclab.testdb.TestPostgres;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The throttle's counts hold across nodes: two nodes, each with its own connections to
 * the one database (H2 here, PostgreSQL with {@code -Ppostgres}), claim tries for the
 * same user at the same moment, and together get no more than one node would. (Two nodes
 * of the whole application on one PostgreSQL: {@code ClusterIT}.)
 */
class SignInThrottleAcrossNodesIT {

	@TempDir
	Path dir;

	private SignInThrottle nodeA;

	private SignInThrottle nodeB;

	@BeforeEach
	void twoNodesOnOneDatabase() {
		DataSource a = dataSource();
		Flyway.configure().dataSource(a).locations("classpath:db/migration").load().migrate();
		this.nodeA = new SignInThrottle(new SignInAttempts(new JdbcTemplate(a)));
		this.nodeB = new SignInThrottle(new SignInAttempts(new JdbcTemplate(dataSource())));
	}

	@Test
	void simultaneousTriesOnTwoNodesGetNoMoreThanTheAllowance() throws Exception {
		List<Boolean> granted = atOnce(40, (n) -> ((n % 2 == 0) ? this.nodeA : this.nodeB), "anna", (n) -> "10.0.0.7");

		assertThat(granted.stream().filter(Boolean::booleanValue).count())
			.as("tries granted of 40 claimed at once on two nodes")
			.isEqualTo(SignInThrottle.MAX_FAILURES);
	}

	@Test
	void simultaneousTriesFromManyAddressesOnTwoNodesMeetTheCeiling() throws Exception {
		List<Boolean> granted = atOnce(40, (n) -> ((n % 2 == 0) ? this.nodeA : this.nodeB), "omar",
				(n) -> "10.0.1." + (n % 8));

		assertThat(granted.stream().filter(Boolean::booleanValue).count())
			.as("tries granted of 40 claimed at once from 8 addresses on two nodes")
			.isEqualTo(SignInThrottle.ACCOUNT_CEILING);
	}

	private List<Boolean> atOnce(int claims, IntFunction<SignInThrottle> node, String user, IntFunction<String> address)
			throws Exception {
		return AtOnce.run(claims, (claim) -> () -> {
			try {
				// Each try is a wrong password.
				SignInThrottle throttle = node.apply(claim);
				throttle.failed(throttle.claim(user, address.apply(claim)));
				return true;
			}
			catch (SignInRefused refused) {
				return false;
			}
		});
	}

	/** A node's own connections to the test's database. */
	private DataSource dataSource() {
		List<String> postgres = TestPostgres.applicationArguments(this.dir);
		if (postgres.isEmpty()) {
			// Open until the JVM ends: the nodes' connections come and go.
			return new DriverManagerDataSource("jdbc:h2:file:" + this.dir + "/throttle;DB_CLOSE_DELAY=-1", "sa", "");
		}
		return new DriverManagerDataSource(argument(postgres, "url"), argument(postgres, "username"),
				argument(postgres, "password"));
	}

	private static String argument(List<String> arguments, String name) {
		String prefix = "--spring.datasource." + name + "=";
		return arguments.stream()
			.filter((argument) -> argument.startsWith(prefix))
			.map((argument) -> argument.substring(prefix.length()))
			.findFirst()
			.orElseThrow();
	}

}
