package org.civiclab.people;

import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import org.civiclab.ApiClient;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.civiclab.ApiClient.object;

/**
 * A new installation without demo people and without single sign-on gets its first admin
 * from {@code civiclab.first-admin.*}: a region's admin with a one-time link in the log,
 * made once.
 */
@ExtendWith(OutputCaptureExtension.class)
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "server.address=127.0.0.1", "civiclab.demo.enabled=false", "civiclab.password-hash-strength=4",
				"civiclab.first-admin.username=ada", "civiclab.first-admin.organisation=Umeå municipality" })
// Closed after the class, before JUnit deletes its data directory: its pollers (mail,
// webhooks) would otherwise still write into it.
@DirtiesContext
class FirstAdminIT {

	private static final Pattern LINK = Pattern.compile("/invitation/([A-Za-z0-9_-]+)");

	@TempDir
	static Path dataDir;

	@DynamicPropertySource
	static void dataDir(DynamicPropertyRegistry registry) {
		registry.add("civiclab.data-dir", dataDir::toString);
	}

	@LocalServerPort
	int port;

	@Autowired
	TestRestTemplate http;

	@Autowired
	JdbcTemplate database;

	@Autowired
	FirstAdmin firstAdmin;

	@Test
	void theFirstAdminSetsTheirPasswordFromTheLinkInTheLogAndAdministersEveryOrganisation(CapturedOutput output) {
		Matcher link = LINK.matcher(output.getOut());
		assertThat(link.find()).as("a link to set the first admin's password in the log").isTrue();
		ApiClient anonymous = ApiClient.anonymous(this.port);
		JsonNode greeting = anonymous.get("/api/invitations/{token}", link.group(1)).expect(200);
		assertThat(greeting.path("username").asText()).isEqualTo("ada");
		anonymous.post("/api/invitations/{token}", object().put("password", "a first admin's password"), link.group(1))
			.expect(204);

		var me = this.http.withBasicAuth("ada", "a first admin's password").getForEntity("/api/me", JsonNode.class);
		assertThat(me.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(me.getBody().path("roles").toString()).contains("REGION_ADMIN");
		assertThat(this.http.withBasicAuth("ada", "a first admin's password")
			.getForEntity("/api/admin/organisations", JsonNode.class)
			.getBody()
			.findValuesAsText("name")).contains("Umeå municipality");

		this.firstAdmin.makeIfNobodyAdministers();
		assertThat(this.database.queryForObject("select count(*) from invitation", Integer.class))
			.as("once someone administers, no new admin and no new link")
			.isZero();
		assertThat(this.database.queryForObject("select count(*) from person", Integer.class)).isEqualTo(1);
	}

}
