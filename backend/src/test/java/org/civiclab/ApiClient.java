package org.civiclab;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.client.RestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A demo user calling the API over HTTP, signed in with HTTP Basic, as the web app does:
 * JSON in, JSON or a ProblemDetail out. Also the request bodies the tests send most; the
 * {@link IdeaDriver} takes ideas to a stage with them.
 */
public final class ApiClient {

	/** Every demo user's password. */
	public static final String PASSWORD = "demo";

	private static final ObjectMapper JSON = new ObjectMapper();

	private final String username;

	private final RestClient http;

	private final CookieManager cookies = new CookieManager();

	/**
	 * Whether it signs every request with HTTP Basic, or uses a session as the web app.
	 */
	private final boolean basic;

	private ApiClient(String username, int port) {
		this(username, port, true);
	}

	private ApiClient(String username, int port, boolean basic) {
		this(username, port, basic, null);
	}

	/**
	 * @param authorization an {@code Authorization} header for every request instead of
	 * HTTP Basic (a personal access token), sent with no CSRF token
	 */
	private ApiClient(String username, int port, boolean basic, String authorization) {
		this.username = username;
		this.basic = basic;
		this.http = RestClient.builder()
			// The JDK's client: it knows PATCH, which HttpURLConnection does not.
			.requestFactory(
					new JdkClientHttpRequestFactory(HttpClient.newBuilder().cookieHandler(this.cookies).build()))
			.baseUrl("http://127.0.0.1:" + port)
			.defaultHeaders((headers) -> {
				if (authorization != null) {
					headers.set(HttpHeaders.AUTHORIZATION, authorization);
				}
				else if (basic && username != null) {
					headers.setBasicAuth(username, PASSWORD);
				}
				headers.setAccept(List.of(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON));
			})
			.build();
	}

	public static ApiClient as(String username, int port) {
		return new ApiClient(username, port);
	}

	/**
	 * A demo user signed in as the web app signs in: once, with a session, then the CSRF
	 * token with every change. Cheaper than HTTP Basic, which checks the password on
	 * every request.
	 */
	public static ApiClient signedIn(String username, int port) {
		ApiClient client = new ApiClient(username, port, false);
		client.post("/api/session", object().put("username", username).put("password", PASSWORD)).expect(200);
		return client;
	}

	/**
	 * A script sending a personal access token ({@code Authorization: Bearer}) with every
	 * request, and no CSRF token.
	 */
	public static ApiClient bearer(String token, int port) {
		return new ApiClient("token " + token.substring(0, Math.min(8, token.length())), port, true, "Bearer " + token);
	}

	/**
	 * Someone who has not signed in, with a browser's cookies and the CSRF token it was
	 * given: what refuses their changes is the missing sign-in, not the missing token.
	 */
	public static ApiClient anonymous(int port) {
		return new ApiClient(null, port);
	}

	public String username() {
		return this.username;
	}

	public Response get(String uri, Object... variables) {
		return exchange(HttpMethod.GET, uri, null, variables);
	}

	public Response post(String uri, Object body, Object... variables) {
		return exchange(HttpMethod.POST, uri, body, variables);
	}

	public Response put(String uri, Object body, Object... variables) {
		return exchange(HttpMethod.PUT, uri, body, variables);
	}

	public Response patch(String uri, Object body, Object... variables) {
		return exchange(HttpMethod.PATCH, uri, body, variables);
	}

	public Response delete(String uri, Object... variables) {
		return exchange(HttpMethod.DELETE, uri, null, variables);
	}

	public Response exchange(HttpMethod method, String uri, Object body, Object... variables) {
		return send(method, this.http.method(method).uri(uri, variables), (body != null) ? write(body) : null,
				MediaType.APPLICATION_JSON);
	}

	/**
	 * Sends a body as it is, of this content type, to see what the server makes of it.
	 */
	public Response exchangeRaw(HttpMethod method, String uri, String body, MediaType contentType) {
		return send(method, this.http.method(method).uri(uri), body, contentType);
	}

	private Response send(HttpMethod method, RestClient.RequestBodySpec request, String body, MediaType contentType) {
		if (!this.basic || this.username == null) {
			request.header("X-XSRF-TOKEN", csrfToken());
		}
		if (body != null) {
			request.contentType(contentType).body(body);
		}
		return request.exchange((sent, answer) -> {
			ProblemsSeen.answered(method.name(), sent.getURI(), answer.getStatusCode().value());
			return new Response(
					((this.username != null) ? this.username : "anonymous") + ": " + method + " " + sent.getURI(),
					answer.getStatusCode().value(), answer.getHeaders().getContentType(),
					new String(answer.getBody().readAllBytes(), StandardCharsets.UTF_8));
		});
	}

	/** The CSRF token the server gave this client in its cookie, fetched once. */
	private String csrfToken() {
		if (cookie(this.cookies, CSRF_COOKIE).isEmpty()) {
			this.http.get().uri("/api/me").exchange((sent, answer) -> answer.getStatusCode());
		}
		return cookie(this.cookies, CSRF_COOKIE)
			.orElseThrow(() -> new AssertionError("The server set no XSRF-TOKEN cookie"));
	}

	/**
	 * The cookie holding the CSRF token, which a browser sends back in
	 * {@code X-XSRF-TOKEN}.
	 */
	public static final String CSRF_COOKIE = "XSRF-TOKEN";

	/** The value of a cookie a client of the API holds, if it holds it. */
	public static Optional<String> cookie(CookieManager cookies, String name) {
		return cookies.getCookieStore()
			.getCookies()
			.stream()
			.filter((cookie) -> cookie.getName().equals(name))
			.map(HttpCookie::getValue)
			.findFirst();
	}

	/** An idea as its reader sees it now. */
	public JsonNode idea(long id) {
		return get("/api/ideas/{id}", id).expect(200);
	}

	/** The gate decisions taken on an idea, oldest first. */
	public JsonNode decisions(long id) {
		return get("/api/ideas/{id}/decisions", id).expect(200);
	}

	/** Takes a gate decision; answers the decision as stored. */
	public JsonNode decide(long ideaId, ObjectNode decision) {
		return post("/api/ideas/{id}/decisions", decision, ideaId).expect(201);
	}

	/** Adds a test card to an idea; answers the experiment. */
	public JsonNode addTestCard(long ideaId, String title) {
		return post("/api/ideas/{id}/experiments", testCard(title), ideaId).expect(201);
	}

	public static ObjectNode object() {
		return JSON.createObjectNode();
	}

	public static ObjectNode version(long version) {
		return object().put("version", version);
	}

	public static ObjectNode newIdea(String title) {
		ObjectNode idea = object().put("title", title)
			.put("problem", "Families wait weeks for an answer they could get at once.")
			.put("proposal", "Try it with one district for eight weeks, then decide.")
			.put("beneficiaries", "Families with children")
			.put("department", "Social services")
			.put("entryRoute", "IDEA_DRIVEN")
			.put("estimatedCost", new BigDecimal("45000"))
			.put("publicIdea", true);
		idea.putArray("themes").add("welfare technology").add("e-services");
		return idea;
	}

	/** A decision with its rationale; add what the gate and outcome need. */
	public static ObjectNode decision(String gate, String outcome, long version) {
		return object().put("gate", gate)
			.put("outcome", outcome)
			.put("rationale", gate + " " + outcome + " because the evidence says so")
			.put("version", version);
	}

	public static ObjectNode scores(int strategicFit, int citizenValue, int feasibility, int novelty) {
		return object().put("strategicFit", strategicFit)
			.put("citizenValue", citizenValue)
			.put("feasibility", feasibility)
			.put("novelty", novelty);
	}

	public static ObjectNode learningCard(String learned) {
		return object().put("believed", "We believed families would book online.")
			.put("observed", "We observed that most called the office instead.")
			.put("learned", learned)
			.put("therefore", "Therefore we will share what we learned with the other labs.");
	}

	public static ObjectNode checklist(boolean complete) {
		return object().put("dataProtection", true)
			.put("accessibility", true)
			.put("procurement", true)
			.put("licence", true)
			.put("serviceOwner", complete);
	}

	public static ObjectNode testCard(String title) {
		return object().put("title", title)
			.put("hypothesis", "We believe that families prefer booking online.")
			.put("test", "To verify that, we will open online booking in one district.")
			.put("metric", "and measure the share of bookings made online.")
			.put("criterion", "We are right if at least 40% book online.")
			.put("timeBoxDays", 56)
			.put("budgetCap", new BigDecimal("20000"))
			.put("testGroup", "Families in the north district")
			.put("partners", "Family centre North");
	}

	private static String write(Object body) {
		try {
			return JSON.writeValueAsString(body);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * What the server answered.
	 *
	 * @param request who sent what, for failure messages
	 * @param status the HTTP status
	 * @param contentType the answer's content type, if it has one
	 * @param body the answer's body as text
	 */
	public record Response(String request, int status, MediaType contentType, String body) {

		/** Asserts the status and answers the JSON body. */
		public JsonNode expect(int expectedStatus) {
			assertThat(this.status).as("%s answered %s", this.request, this.body).isEqualTo(expectedStatus);
			return json();
		}

		/**
		 * Asserts that the answer is a ProblemDetail (RFC 9457) with this status and a
		 * detail saying what is wrong; answers it.
		 */
		public JsonNode problem(int expectedStatus) {
			JsonNode problem = expect(expectedStatus);
			assertThat(this.contentType).as("content type of %s", this.request)
				.isNotNull()
				.matches((type) -> type.isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON),
						"is application/problem+json");
			assertThat(problem.path("status").asInt()).as("status in %s", this.body).isEqualTo(expectedStatus);
			assertThat(problem.path("title").asText()).as("title in %s", this.body).isNotBlank();
			assertThat(problem.path("detail").asText()).as("detail in %s", this.body).isNotBlank();
			return problem;
		}

		public JsonNode json() {
			try {
				return this.body.isEmpty() ? JSON.missingNode() : JSON.readTree(this.body);
			}
			catch (IOException ex) {
				throw new AssertionError(this.request + " answered no JSON: " + this.body, ex);
			}
		}

	}

	/**
	 * The whole application on its embedded database, at a random port on the loopback
	 * interface. The integration tests that extend this share one application (Spring
	 * caches the context, as their configuration is the same) and one data directory,
	 * which lives as long as the JVM does: a JUnit {@code @TempDir} would be deleted
	 * after the first class while the cached application still writes there. Passwords
	 * are hashed with BCrypt's least strength (4): every request of these tests signs in
	 * with HTTP Basic, and at the production strength (10) the password checks were
	 * minutes of a run's CPU; the checks themselves are the same.
	 */
	@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
			properties = { "server.address=127.0.0.1", "civiclab.password-hash-strength=4" })
	public abstract static class FullStack {

		private static final Path DATA_DIR = createDataDir();

		/**
		 * The mail server of the shared application: every mail it sends arrives here.
		 */
		protected static final TestMailServer MAIL = TestMailServer.started();

		@LocalServerPort
		private int port;

		@DynamicPropertySource
		static void dataDir(DynamicPropertyRegistry registry) {
			registry.add("civiclab.data-dir", DATA_DIR::toString);
			registry.add("spring.mail.host", () -> "127.0.0.1");
			registry.add("spring.mail.port", MAIL::port);
			registry.add("civiclab.mail.poll-interval", () -> "PT0.3S");
			registry.add("civiclab.mail.retry-after", () -> "PT0.5S");
		}

		/** A client signed in as this demo user. */
		protected ApiClient as(String username) {
			return ApiClient.as(username, this.port);
		}

		/** A client signed in with a session, as the web app is. */
		protected ApiClient signedIn(String username) {
			return ApiClient.signedIn(username, this.port);
		}

		/** A script with a personal access token. */
		protected ApiClient bearer(String token) {
			return ApiClient.bearer(token, this.port);
		}

		/** A client that has not signed in. */
		protected ApiClient anonymous() {
			return ApiClient.anonymous(this.port);
		}

		private static Path createDataDir() {
			try {
				Path target = Files.createDirectories(Path.of("target"));
				return Files.createTempDirectory(target.toAbsolutePath(), "it-data-");
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}

	}

}
