package org.civiclab;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.civiclab.testdb.TestPostgres;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The jar as production runs it ({@code prod} profile), behind a reverse proxy at
 * 127.0.0.1: forwarded headers are believed from that proxy only, never from a client
 * that sends them itself; the cockpit's redirect names no host a request chose; anonymous
 * visitors get no session; the API document is public and Swagger UI is not served
 * (docs/adr/0011, 0022).
 */
class ProductionWebIT {

	static final String PROXY = "127.0.0.1";

	static final String CLIENT = "127.0.0.2";

	@TempDir
	static Path dir;

	static AppNode node;

	@BeforeAll
	static void start() throws Exception {
		List<String> arguments = new ArrayList<>(
				List.of("--spring.profiles.active=prod", "--CIVICLAB_TRUSTED_PROXIES=127\\.0\\.0\\.1"));
		if (TestPostgres.applicationArguments(dir).isEmpty()) {
			arguments.addAll(List.of("--spring.datasource.url=jdbc:h2:file:" + dir + "/civiclab;DB_CLOSE_ON_EXIT=FALSE",
					"--spring.datasource.username=sa", "--spring.datasource.password="));
		}
		node = AppNode.start("production-web", dir, dir, arguments).awaitReady();
	}

	@AfterAll
	static void stop() throws Exception {
		if (node != null) {
			node.close();
		}
	}

	@Test
	void forwardedHeadersFromAClientAreNotBelieved() {
		LoopbackClient.Answer answer = LoopbackClient.from(CLIENT, node.port())
			.get("/camunda", Map.of("X-Forwarded-Host", "evil.example", "X-Forwarded-Proto", "https", "X-Forwarded-For",
					"203.0.113.9"));

		assertThat(answer.status()).isEqualTo(302);
		assertThat(answer.header("Location")).hasValueSatisfying(
				(location) -> assertThat(location).doesNotContain("evil.example").startsWith("/camunda/"));
		assertThat(answer.header("Strict-Transport-Security")).as("not taken for HTTPS").isEmpty();
	}

	@Test
	void forwardedHeadersFromTheProxyAreBelievedAndNoHostIsEchoed() {
		LoopbackClient.Answer answer = LoopbackClient.from(PROXY, node.port())
			.get("/camunda", Map.of("Host", "civiclab.example", "X-Forwarded-Host", "civiclab.example",
					"X-Forwarded-Proto", "https", "X-Forwarded-For", "203.0.113.9"));

		assertThat(answer.header("Strict-Transport-Security")).as("HTTPS at the proxy is seen as such").isPresent();
		assertThat(answer.header("Location")).hasValueSatisfying(
				(location) -> assertThat(location).startsWith("/camunda/").doesNotContain("civiclab.example"));
	}

	@Test
	void anonymousVisitorsGetNoSession() {
		List<String> withSession = new ArrayList<>();
		for (String path : List.of("/api/board", "/api/me", "/api/ideas/1", "/api/open/ideas", "/", "/board",
				"/v3/api-docs", "/actuator/health", "/api/nothing-here")) {
			LoopbackClient.Answer answer = LoopbackClient.from(CLIENT, node.port())
				.get(path, Map.of("Accept", "*/*", "X-Large", "x".repeat(4_000)));
			if (answer.all("Set-Cookie").stream().anyMatch((cookie) -> cookie.startsWith("JSESSIONID="))) {
				withSession.add(path + " → " + answer.status());
			}
		}
		LoopbackClient.Answer signIn = LoopbackClient.from(CLIENT, node.port()).signIn("nobody", "wrong");

		assertThat(withSession).isEmpty();
		assertThat(signIn.status()).isEqualTo(401);
		assertThat(signIn.all("Set-Cookie")).noneMatch((cookie) -> cookie.startsWith("JSESSIONID="));
	}

	@Test
	void theApiDocumentIsPublicAndSwaggerUiIsNotServed() throws Exception {
		LoopbackClient client = LoopbackClient.from(CLIENT, node.port());

		LoopbackClient.Answer document = client.get("/v3/api-docs", Map.of());

		assertThat(document.status()).isEqualTo(200);
		assertThat(new ObjectMapper().readTree(document.body()).path("openapi").asText()).startsWith("3.");
		for (String path : List.of("/swagger-ui.html", "/swagger-ui/index.html", "/v3/api-docs/swagger-config")) {
			assertThat(client.get(path, Map.of()).status()).as(path).isEqualTo(404);
		}
	}

}
