package org.civiclab;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole application on its embedded file database: what a browser and an operator see
 * at its addresses.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "server.address=127.0.0.1")
// Closed after the class, before JUnit deletes its data directory: its pollers (mail,
// webhooks) would otherwise still write into it.
@DirtiesContext
class CivicLabApplicationIT {

	@TempDir
	static Path dataDir;

	@DynamicPropertySource
	static void dataDir(DynamicPropertyRegistry registry) {
		registry.add("civiclab.data-dir", dataDir::toString);
	}

	@Autowired
	TestRestTemplate http;

	@Test
	void servesTheWebAppAtTheRoot() {
		ResponseEntity<String> page = this.http.getForEntity("/", String.class);

		assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(page.getHeaders().getContentType()).isNotNull()
			.matches((type) -> type.isCompatibleWith(MediaType.TEXT_HTML));
		assertThat(page.getBody()).contains("<title>CivicLab</title>").contains("<div id=\"root\">");
	}

	@Test
	void theWebAppIsServedWithAStrictContentSecurityPolicyAndProtectiveHeaders() {
		HttpHeaders headers = this.http.getForEntity("/board", String.class).getHeaders();

		assertThat(headers.get("Content-Security-Policy")).singleElement()
			.satisfies((policy) -> assertThat(policy).contains("script-src 'self';")
				.contains("frame-ancestors 'none'")
				.contains("object-src 'none'")
				.doesNotContain("script-src 'self' 'unsafe-inline'"));
		assertThat(headers.getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
		assertThat(headers.getFirst("X-Frame-Options")).isEqualTo("DENY");
		assertThat(headers.getFirst("Referrer-Policy")).isEqualTo("same-origin");
	}

	@Test
	void theCockpitKeepsItsOwnContentSecurityPolicy() {
		HttpHeaders headers = this.http.getForEntity("/camunda/app/cockpit/default/", String.class).getHeaders();

		assertThat(headers.get("Content-Security-Policy")).singleElement()
			.satisfies((policy) -> assertThat(policy).contains("nonce-"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "/board", "/ideas/42", "/my-tasks" })
	void deepLinksReachTheWebApp(String path) {
		ResponseEntity<String> page = this.http.getForEntity(path, String.class);

		assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(page.getBody()).isEqualTo(this.http.getForObject("/", String.class));
	}

	@ParameterizedTest
	@ValueSource(strings = { "/favicon.ico", "/favicon.svg" })
	void theIconABrowserAsksForIsServed(String path) {
		ResponseEntity<byte[]> icon = this.http.getForEntity(path, byte[].class);

		assertThat(icon.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(icon.getHeaders().getContentType()).isNotNull().matches((type) -> type.getType().equals("image"));
		assertThat(icon.getBody()).isNotEmpty();
	}

	@Test
	void theWebAppsScriptIsServed() {
		ResponseEntity<String> page = this.http.getForEntity("/", String.class);
		String script = page.getBody().replaceAll("(?s).*<script[^>]*src=\"([^\"]+)\".*", "$1");

		ResponseEntity<String> asset = this.http.getForEntity(script, String.class);

		assertThat(script).startsWith("/assets/").endsWith(".js");
		assertThat(asset.getStatusCode()).isEqualTo(HttpStatus.OK);
		// Named by its content: browsers keep it. The page that names it is asked for
		// each time.
		assertThat(asset.getHeaders().getCacheControl()).contains("max-age=31536000").contains("immutable");
		assertThat(page.getHeaders().getCacheControl()).contains("no-store");
		assertThat(this.http.getForEntity("/assets/no-such-file.js", String.class).getStatusCode())
			.isEqualTo(HttpStatus.NOT_FOUND);
	}

	@ParameterizedTest
	@ValueSource(strings = { "/api/ideas", "/engine-rest/engine", "/actuator/nothing-here" })
	void serverPathsAreNotForwardedToTheWebApp(String path) {
		ResponseEntity<String> answer = this.http.getForEntity(path, String.class);

		assertThat(answer.getStatusCode().is4xxClientError()).isTrue();
		assertThat(answer.getBody()).doesNotContain("<div id=\"root\">");
	}

	@Test
	void theApiIsDescribedByOpenApi() {
		ResponseEntity<String> document = this.http.getForEntity("/v3/api-docs", String.class);

		assertThat(document.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(document.getBody()).contains("\"openapi\"")
			.contains("/api/ideas/{ideaId}/decisions")
			.contains("/api/board")
			.contains("/api/tasks/mine")
			.contains("DecisionRequest");
	}

	@Test
	void healthIsUp() {
		ResponseEntity<String> health = this.http.getForEntity("/actuator/health", String.class);

		assertThat(health.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(health.getBody()).contains("\"status\":\"UP\"");
	}

	@ParameterizedTest
	@ValueSource(strings = { "/actuator/env", "/actuator/beans", "/actuator/metrics", "/actuator/configprops",
			"/actuator/mappings", "/actuator/loggers", "/actuator/heapdump", "/actuator/threaddump",
			"/actuator/scheduledtasks", "/actuator" })
	void actuatorInternalsAreRefusedToAnonymousAndAdminsAlike(String path) {
		ResponseEntity<String> anonymous = this.http.getForEntity(path, String.class);
		ResponseEntity<String> admin = this.http.withBasicAuth("admin", "demo").getForEntity(path, String.class);

		assertThat(anonymous.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
		assertThat(admin.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(anonymous.getBody() + admin.getBody()).doesNotContain("spring.datasource")
			.doesNotContain("\"beans\"")
			.doesNotContain("jvm.memory");
	}

	@Test
	void actuatorShowsInfoWithoutSignIn() {
		assertThat(this.http.getForEntity("/actuator/info", String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
	}

	@ParameterizedTest
	@ValueSource(strings = { "/engine-rest/engine", "/engine-rest/process-definition", "/engine-rest/task" })
	void theEnginesRestApiIsNotServedEvenToAdmins(String path) {
		ResponseEntity<String> admin = this.http.withBasicAuth("admin", "demo").getForEntity(path, String.class);

		assertThat(admin.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
		assertThat(admin.getBody()).doesNotContain("\"name\":\"default\"").doesNotContain("<div id=\"root\">");
	}

	@ParameterizedTest
	@ValueSource(strings = { "/camunda/api/engine/engine/default/process-definition",
			"/camunda/api/engine/engine/default/task", "/camunda/api/engine/engine/default/user",
			"/camunda/api/admin/auth/user/default", "/camunda/api/cockpit/plugin/base/default/process-instance" })
	void theCockpitsApisAreRefusedWithoutTheCockpitsSignIn(String path) {
		ResponseEntity<String> anonymous = this.http.getForEntity(path, String.class);
		// CivicLab's own sign-in is not the cockpit's: the engine keeps its own.
		ResponseEntity<String> lena = this.http.withBasicAuth("lena", "demo").getForEntity(path, String.class);

		assertThat(anonymous.getStatusCode().value()).isIn(401, 403, 404);
		assertThat(lena.getStatusCode().value()).isIn(401, 403, 404);
		assertThat(anonymous.getBody() + lena.getBody()).doesNotContain("\"key\":\"innovation-pipeline\"")
			.doesNotContain("\"id\":\"admin\"");
	}

	@Test
	void withoutSingleSignOnTheSignInPageIsOfferedNoProvider() {
		ResponseEntity<String> providers = this.http.getForEntity("/api/session/providers", String.class);

		assertThat(providers.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(providers.getBody()).isEqualTo("[]");
	}

	@Test
	void theH2ConsoleIsOffByDefault() {
		ResponseEntity<String> admin = this.http.withBasicAuth("admin", "demo")
			.getForEntity("/h2-console/", String.class);

		assertThat(admin.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
		assertThat(admin.getBody()).doesNotContainIgnoringCase("h2 console").doesNotContain("<div id=\"root\">");
	}

	@Test
	void theApiSendsTheProtectiveHeadersToo() {
		HttpHeaders headers = this.http.getForEntity("/api/me", String.class).getHeaders();

		assertThat(headers.getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
		assertThat(headers.getFirst("X-Frame-Options")).isEqualTo("DENY");
		assertThat(headers.getFirst("Content-Security-Policy")).contains("frame-ancestors 'none'");
		assertThat(headers.getFirst("Cache-Control")).contains("no-store");
	}

	@Test
	void theCockpitIsServedUnderCamunda() {
		ResponseEntity<String> cockpit = this.http.getForEntity("/camunda/app/cockpit/default/", String.class);

		assertThat(cockpit.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(cockpit.getBody()).containsIgnoringCase("cockpit");
	}

	@Test
	void aCivicLabAdminSignsInToTheCockpitWithTheirOwnAccountAndSeesTheEnginesData() throws Exception {
		Cockpit cockpit = new Cockpit();
		HttpResponse<String> login = cockpit.login("admin", "demo");

		assertThat(login.statusCode()).as(login.body()).isEqualTo(200);
		assertThat(login.body()).contains("\"userId\":\"admin\"").contains("cockpit");
		// In the engine's admin group, which is granted everything.
		HttpResponse<String> definitions = cockpit.get("/camunda/api/engine/engine/default/process-definition");
		assertThat(definitions.statusCode()).as(definitions.body()).isEqualTo(200);
		assertThat(definitions.body()).contains("\"key\":\"innovation-pipeline\"");
		HttpResponse<String> groups = cockpit.get("/camunda/api/engine/engine/default/group?member=admin");
		assertThat(groups.body()).contains("\"id\":\"camunda-admin\"");
	}

	@Test
	void theCockpitHasNoAccountOfItsOwn() throws Exception {
		// The engine's former admin/admin: CivicLab's admin has another password.
		assertThat(new Cockpit().login("admin", "admin").statusCode()).isEqualTo(401);
	}

	@Test
	void theCockpitRefusesSomeoneWhoIsNotAnAdmin() throws Exception {
		Cockpit cockpit = new Cockpit();

		assertThat(cockpit.login("lena", "demo").statusCode()).isEqualTo(401);
		assertThat(cockpit.get("/camunda/api/engine/engine/default/process-definition").statusCode()).isIn(401, 403);
	}

	@Test
	void theCockpitRefusesAnUnknownUser() throws Exception {
		assertThat(new Cockpit().login("mallory", "admin").statusCode()).isEqualTo(401);
	}

	@Test
	void theCockpitsDataIsRefusedWithoutSignIn() {
		ResponseEntity<String> answer = this.http
			.getForEntity("/camunda/api/cockpit/plugin/base/default/process-definition/statistics", String.class);

		assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
	}

	/**
	 * A browser on the cockpit: it signs in the way the cockpit's login page does (a
	 * session, its CSRF token, then the form), and then reads with that session.
	 */
	private final class Cockpit {

		private final HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

		HttpResponse<String> login(String username, String password) throws Exception {
			HttpResponse<String> loginPage = get("/camunda/app/cockpit/default/");
			String form = "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&password="
					+ URLEncoder.encode(password, StandardCharsets.UTF_8);
			HttpRequest login = HttpRequest
				.newBuilder(URI.create(CivicLabApplicationIT.this.http.getRootUri()
						+ "/camunda/api/admin/auth/user/default/login/cockpit"))
				.header("Content-Type", MediaType.APPLICATION_FORM_URLENCODED_VALUE)
				.header("X-XSRF-TOKEN", loginPage.headers().firstValue("X-XSRF-TOKEN").orElseThrow())
				.POST(BodyPublishers.ofString(form))
				.build();
			return this.browser.send(login, BodyHandlers.ofString());
		}

		HttpResponse<String> get(String path) throws Exception {
			HttpRequest.Builder request = HttpRequest
				.newBuilder(URI.create(CivicLabApplicationIT.this.http.getRootUri() + path));
			if (path.startsWith("/camunda/api/")) {
				request.header("Accept", MediaType.APPLICATION_JSON_VALUE);
			}
			return this.browser.send(request.build(), BodyHandlers.ofString());
		}

	}

}
