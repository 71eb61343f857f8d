package org.civiclab.people;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import org.civiclab.ApiClient;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Single sign-on against a real OpenID Connect provider running in the test (NAV's
 * mock-oauth2-server on 127.0.0.1): the authorization-code flow driven as a browser does
 * it, the groups claim mapped to roles and an organisation, the person created on first
 * sign-in and updated on the next, and the organisation's rules applied to the session.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "server.address=127.0.0.1",
				"spring.security.oauth2.client.registration.civiclab.client-id=civiclab",
				"spring.security.oauth2.client.registration.civiclab.client-secret=civiclab-secret",
				"spring.security.oauth2.client.registration.civiclab.scope=openid,profile,email",
				"spring.security.oauth2.client.registration.civiclab.client-name=Sjöstad and Norrvik staff",
				"civiclab.oidc.role-mapping.innovation-lab=LAB_LEAD", "civiclab.oidc.role-mapping.management=EXECUTIVE",
				"civiclab.oidc.organisation-mapping.sjostad-staff=Sjöstad municipality",
				"civiclab.oidc.organisation-mapping.norrvik-staff=Norrvik municipality" })
class SingleSignOnIT {

	private static final MockOAuth2Server IDENTITY_PROVIDER = start();

	/** Where the web app's button sends the browser, as the API lists it. */
	private static final String SIGN_IN_START = "/oauth2/authorization/civiclab";

	/** Where the last sign-in's redirects ended, back at the web app. */
	private URI landedAt;

	/** The last sign-in's browser's cookies. */
	private CookieManager cookies;

	@LocalServerPort
	int port;

	@Autowired
	PersonRepository people;

	@Autowired
	JdbcTemplate jdbc;

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) throws IOException {
		Path dataDir = Files.createTempDirectory(Files.createDirectories(Path.of("target")).toAbsolutePath(),
				"sso-data-");
		registry.add("civiclab.data-dir", dataDir::toString);
		registry.add("spring.security.oauth2.client.provider.civiclab.issuer-uri",
				() -> IDENTITY_PROVIDER.issuerUrl("civiclab").toString());
	}

	@AfterAll
	static void stop() {
		IDENTITY_PROVIDER.shutdown();
	}

	@Test
	void aLabLeadOfSjostadSignsInWithTheIdentityProviderAndGetsSjostadsRules() throws Exception {
		HttpClient browser = signIn("ingrid", "Ingrid Sjöberg", List.of("sjostad-staff", "innovation-lab"));

		JsonNode me = get(browser, "/api/me").expect(200);
		assertThat(me.path("username").asText()).isEqualTo("ingrid");
		assertThat(me.path("displayName").asText()).isEqualTo("Ingrid Sjöberg");
		assertThat(me.path("roles")).extracting(JsonNode::asText).containsExactly("LAB_LEAD");
		assertThat(this.jdbc.queryForObject("select o.name from person p join organisation o"
				+ " on o.id = p.organisation_id where p.username = 'ingrid'", String.class))
			.isEqualTo("Sjöstad municipality");
		assertThat(this.people.findByUsername("ingrid").orElseThrow().getEmail()).isEqualTo("ingrid@sjostad.example");

		// Norrvik's private idea is hidden from her, and she is offered Sjöstad's gates
		// only.
		ApiClient anna = ApiClient.as("anna", this.port);
		JsonNode draft = anna.post("/api/ideas", ApiClient.newIdea("Norrvik's own").put("publicIdea", false))
			.expect(201);
		anna.post("/api/ideas/{id}/submit", ApiClient.version(draft.path("version").asLong()),
				draft.path("id").asLong())
			.expect(200);
		get(browser, "/api/ideas/" + draft.path("id").asLong()).problem(404);
		JsonNode tasks = get(browser, "/api/tasks/mine").expect(200);
		assertThat(tasks).isNotEmpty();
		for (JsonNode task : tasks) {
			JsonNode idea = get(browser, "/api/ideas/" + task.path("ideaId").asLong()).expect(200);
			assertThat(idea.path("organisation").asText()).isEqualTo("Sjöstad municipality");
		}
	}

	@Test
	void theNextSignInBringsThePersonUpToDateWithTheIdentityProvider() throws Exception {
		signIn("henrik", "Henrik Ny", List.of("norrvik-staff"));
		assertThat(this.people.findByUsername("henrik").orElseThrow().getRoles()).containsExactly(Role.INTRAPRENEUR);

		HttpClient browser = signIn("henrik", "Henrik Ny", List.of("norrvik-staff", "management"));

		assertThat(get(browser, "/api/me").expect(200).path("roles")).extracting(JsonNode::asText)
			.containsExactly("EXECUTIVE");
		assertThat(this.people.findAll().stream().filter((p) -> p.getUsername().equals("henrik"))).hasSize(1);
	}

	@Test
	void someoneOfNoMappedOrganisationIsNotSignedIn() throws Exception {
		HttpClient browser = signIn("mallory", "Mallory", List.of("contractors"));

		assertThat(get(browser, "/api/me").status()).isEqualTo(401);
		assertThat(this.people.findByUsername("mallory")).isEmpty();
		// Back on the web app's sign-in page, which says why.
		assertThat(this.landedAt.getPath()).isEqualTo("/sign-in");
		assertThat(this.landedAt.getQuery()).isEqualTo("sso=refused");
	}

	@Test
	void signingOutEndsTheProvidersSessionToo() throws Exception {
		HttpClient browser = signIn("ingrid", "Ingrid Sjöberg", List.of("sjostad-staff"));
		get(browser, "/api/me").expect(200);
		String csrf = ApiClient.cookie(this.cookies, ApiClient.CSRF_COOKIE).orElseThrow();

		HttpResponse<String> signedOut = browser.send(HttpRequest.newBuilder(URI.create(base() + "/api/session"))
			.DELETE()
			.header("X-XSRF-TOKEN", csrf)
			.header("Accept", "application/json")
			.build(), BodyHandlers.ofString());

		assertThat(signedOut.statusCode()).isEqualTo(200);
		URI providerSignOut = URI
			.create(new ObjectMapper().readTree(signedOut.body()).path("providerSignOut").asText());
		assertThat(providerSignOut.toString())
			.startsWith(IDENTITY_PROVIDER.endSessionEndpointUrl("civiclab").toString() + "?");
		assertThat(providerSignOut.getQuery()).contains("id_token_hint=ey")
			.contains("post_logout_redirect_uri=" + base() + "/sign-in");
		assertThat(get(browser, "/api/me").status()).isEqualTo(401);
		HttpResponse<String> atTheProvider = browser.send(HttpRequest.newBuilder(providerSignOut).build(),
				BodyHandlers.ofString());
		assertThat(atTheProvider.statusCode()).isEqualTo(302);
		assertThat(atTheProvider.headers().firstValue("Location")).hasValue(base() + "/sign-in");
	}

	@Test
	void aPasswordSignInEndsWithNoProviderToVisit() {
		ApiClient lena = ApiClient.as("lena", this.port);

		assertThat(lena.delete("/api/session").status()).isEqualTo(204);
	}

	@Test
	void theSignInPageIsToldOfTheProviderAndWhereItsSignInStarts() throws Exception {
		JsonNode providers = get(HttpClient.newHttpClient(), "/api/session/providers").expect(200);

		assertThat(providers).hasSize(1);
		assertThat(providers.get(0).path("id").asText()).isEqualTo("civiclab");
		assertThat(providers.get(0).path("name").asText()).isEqualTo("Sjöstad and Norrvik staff");
		assertThat(providers.get(0).path("url").asText()).isEqualTo(SIGN_IN_START);
		HttpClient browser = signIn("ingrid", "Ingrid Sjöberg", List.of("sjostad-staff"));
		assertThat(this.landedAt.getPath()).isEqualTo("/");
		assertThat(get(browser, "/api/me").expect(200).path("username").asText()).isEqualTo("ingrid");
	}

	@Test
	void withSingleSignOnPasswordSignInStillWorksForTheDemo() {
		assertThat(ApiClient.as("lena", this.port).get("/api/me").expect(200).path("username").asText())
			.isEqualTo("lena");
	}

	/**
	 * The authorization-code flow as a browser follows it: CivicLab sends the browser to
	 * the provider, the provider (which signs in whoever the test enqueued) sends it back
	 * with a code, CivicLab exchanges the code for tokens and starts a session.
	 */
	private HttpClient signIn(String username, String name, List<String> groups) throws Exception {
		IDENTITY_PROVIDER.enqueueCallback(
				new DefaultOAuth2TokenCallback(
						"civiclab", username + "-subject", "JWT", List.of("civiclab"), Map.of("preferred_username",
								username, "name", name, "email", username + "@sjostad.example", "groups", groups),
						3600));
		this.cookies = new CookieManager();
		HttpClient browser = HttpClient.newBuilder()
			.cookieHandler(this.cookies)
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();
		URI next = URI.create(base() + SIGN_IN_START);
		for (int hop = 0; hop < 5; hop++) {
			HttpResponse<String> answer = browser.send(HttpRequest.newBuilder(next).build(), BodyHandlers.ofString());
			String location = answer.headers().firstValue("Location").orElse(null);
			if (answer.statusCode() / 100 != 3 || location == null) {
				break;
			}
			next = next.resolve(location);
			// Back at the web app: signed in ("/"), or not ("/sign-in?sso=refused").
			if (next.getPath().equals("/") || next.getPath().equals("/sign-in")) {
				break;
			}
		}
		this.landedAt = next;
		return browser;
	}

	private ApiClient.Response get(HttpClient browser, String path) throws Exception {
		HttpResponse<String> answer = browser.send(HttpRequest.newBuilder(URI.create(base() + path))
			.header("Accept", "application/json, application/problem+json")
			.build(), BodyHandlers.ofString());
		return new ApiClient.Response("sso: GET " + path, answer.statusCode(),
				answer.headers().firstValue("Content-Type").map(MediaType::parseMediaType).orElse(null), answer.body());
	}

	private String base() {
		return "http://127.0.0.1:" + this.port;
	}

	private static MockOAuth2Server start() {
		MockOAuth2Server server = new MockOAuth2Server();
		try {
			server.start(InetAddress.getByName("127.0.0.1"), 0);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return server;
	}

}
