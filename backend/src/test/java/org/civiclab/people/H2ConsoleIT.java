package org.civiclab.people;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The H2 console, when an operator switches it on explicitly, is for admins only: an
 * organisation's or a region's.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "server.address=127.0.0.1", "spring.h2.console.enabled=true" })
// Closed after the class, before JUnit deletes its data directory: its pollers (mail,
// webhooks) would otherwise still write into it.
@DirtiesContext
class H2ConsoleIT {

	@TempDir
	static Path dataDir;

	@DynamicPropertySource
	static void dataDir(DynamicPropertyRegistry registry) {
		registry.add("civiclab.data-dir", dataDir::toString);
	}

	@Autowired
	TestRestTemplate http;

	@Test
	void switchedOnTheConsoleIsRefusedToAnonymousAndToEveryoneButAdmins() {
		assertThat(this.http.getForEntity("/h2-console/", String.class).getStatusCode())
			.isEqualTo(HttpStatus.UNAUTHORIZED);
		assertThat(this.http.withBasicAuth("lena", "demo").getForEntity("/h2-console/", String.class).getStatusCode())
			.isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(this.http.withBasicAuth("karin", "demo").getForEntity("/h2-console/", String.class).getStatusCode())
			.isEqualTo(HttpStatus.FORBIDDEN);
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "admin", "regina" })
	void switchedOnTheConsoleOpensForAnOrganisationsOrARegionsAdmin(String admin) {
		var console = this.http.withBasicAuth(admin, "demo").getForEntity("/h2-console/", String.class);

		assertThat(console.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(console.getBody()).containsIgnoringCase("h2");
	}

}
