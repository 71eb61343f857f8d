package org.civiclab.people;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import org.civiclab.ApiClient;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The web app's sign-in as a browser does it: a session cookie, and the CSRF token from
 * the {@code XSRF-TOKEN} cookie sent back in a header with every change.
 */
class SessionIT extends ApiClient.FullStack {

	private static final ObjectMapper JSON = new ObjectMapper();

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate database;

	private final CookieManager cookies = new CookieManager();

	private final HttpClient browser = HttpClient.newBuilder().cookieHandler(this.cookies).build();

	@Test
	void theSignInPageListsTheDemoUsers() throws Exception {
		JsonNode users = JSON.readTree(send("GET", "/api/session/demo-users", null, false).body());

		assertThat(users.findValuesAsText("username")).contains("anna", "lena", "maria", "karin");
		assertThat(users.findValuesAsText("password")).containsOnly("demo");
	}

	@Test
	void aPersonSignsInWorksAndSignsOut() throws Exception {
		send("GET", "/api/session/demo-users", null, false);

		HttpResponse<String> signedIn = send("POST", "/api/session", "{\"username\":\"lena\",\"password\":\"demo\"}",
				true);
		HttpResponse<String> me = send("GET", "/api/session", null, false);
		HttpResponse<String> idea = send("POST", "/api/ideas", ApiClient.newIdea("Signed in by session").toString(),
				true);
		HttpResponse<String> signedOut = send("DELETE", "/api/session", null, true);
		HttpResponse<String> afterwards = send("GET", "/api/session", null, false);

		assertThat(signedIn.statusCode()).as(signedIn.body()).isEqualTo(200);
		assertThat(JSON.readTree(me.body()).path("username").asText()).isEqualTo("lena");
		assertThat(idea.statusCode()).as(idea.body()).isEqualTo(201);
		assertThat(signedOut.statusCode()).isEqualTo(204);
		assertThat(afterwards.statusCode()).isEqualTo(401);
		assertThat(afterwards.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/problem+json"));
	}

	@Test
	void aChangeWithoutTheCsrfTokenIsRefusedAndChangesNothing() throws Exception {
		send("GET", "/api/session/demo-users", null, false);
		send("POST", "/api/session", "{\"username\":\"anna\",\"password\":\"demo\"}", true);
		String mine = send("GET", "/api/ideas/mine", null, false).body();

		HttpResponse<String> forged = send("POST", "/api/ideas", ApiClient.newIdea("Forged").toString(), false);

		assertThat(forged.statusCode()).isEqualTo(403);
		assertThat(send("GET", "/api/ideas/mine", null, false).body()).isEqualTo(mine);
	}

	@Test
	void aWrongPasswordIsRefusedWithAProblem() throws Exception {
		send("GET", "/api/session/demo-users", null, false);

		HttpResponse<String> refused = send("POST", "/api/session", "{\"username\":\"lena\",\"password\":\"guess\"}",
				true);

		assertThat(refused.statusCode()).isEqualTo(401);
		assertThat(JSON.readTree(refused.body()).path("detail").asText())
			.isEqualTo("The username or password is wrong");
		assertThat(send("GET", "/api/session", null, false).statusCode()).isEqualTo(401);
	}

	@Test
	void signingInGivesANewSessionId() throws Exception {
		// The cockpit's page starts a session, as a planted session id would.
		send("GET", "/camunda/app/cockpit/default/", null, false);
		String before = cookie("JSESSIONID");

		send("POST", "/api/session", "{\"username\":\"omar\",\"password\":\"demo\"}", true);

		assertThat(before).as("an anonymous session exists before signing in").isNotNull();
		assertThat(cookie("JSESSIONID")).isNotNull().isNotEqualTo(before);
	}

	@Test
	void theSessionIsKeptInTheSharedTableForThirtyIdleMinutes() throws Exception {
		send("GET", "/api/session/demo-users", null, false);

		HttpResponse<String> signedIn = send("POST", "/api/session", "{\"username\":\"karin\",\"password\":\"demo\"}",
				true);
		// This client's session: other tests of this JVM may have signed karin in too.
		String session = sessionId();
		List<Map<String, Object>> stored = this.database.queryForList(
				"select max_inactive_interval from spring_session where principal_name = 'karin' and session_id = ?",
				session);
		// As the web app does: a read after signing in brings the new CSRF token.
		send("GET", "/api/session", null, false);
		HttpResponse<String> signedOut = send("DELETE", "/api/session", null, true);

		assertThat(signedIn.headers().allValues("Set-Cookie")).filteredOn((cookie) -> cookie.startsWith("JSESSIONID="))
			.singleElement()
			.satisfies((cookie) -> assertThat(cookie).contains("HttpOnly").contains("SameSite=Lax"));
		assertThat(stored).as("every node reads the session from the database")
			.singleElement()
			.satisfies((row) -> assertThat(((Number) row.get("max_inactive_interval")).intValue()).isEqualTo(1800));
		assertThat(signedOut.statusCode()).isEqualTo(204);
		assertThat(this.database.queryForObject("select count(*) from spring_session where session_id = ?",
				Integer.class, session))
			.as("signing out removes the session")
			.isZero();
	}

	@Test
	void readsWithinAMinuteOfTheLastWrittenAccessWriteNothingToTheSession() throws Exception {
		send("GET", "/api/session/demo-users", null, false);
		send("POST", "/api/session", "{\"username\":\"jonas\",\"password\":\"demo\"}", true);
		send("GET", "/api/session", null, false);
		String row = "select last_access_time || '/' || expiry_time from spring_session"
				+ " where principal_name = 'jonas' and session_id = ?";
		String session = sessionId();
		String before = this.database.queryForObject(row, String.class, session);

		List<Integer> reads = List.of(send("GET", "/api/board", null, false).statusCode(),
				send("GET", "/api/ideas/mine", null, false).statusCode(),
				send("GET", "/api/session", null, false).statusCode());

		assertThat(reads).containsOnly(200);
		assertThat(this.database.queryForObject(row, String.class, session))
			.as("last access and expiry as written at first")
			.isEqualTo(before);
	}

	@Test
	void anAuthorizationHeaderOtherThanValidBasicDoesNotExcuseAChangeFromItsCsrfToken() throws Exception {
		send("GET", "/api/session/demo-users", null, false);
		send("POST", "/api/session", "{\"username\":\"anna\",\"password\":\"demo\"}", true);
		send("GET", "/api/session", null, false);
		String mine = send("GET", "/api/ideas/mine", null, false).body();

		HttpResponse<String> bearer = sendWith("Bearer x", ApiClient.newIdea("Forged with a bearer header"));
		HttpResponse<String> wrongBasic = sendWith(
				"Basic " + java.util.Base64.getEncoder().encodeToString("anna:not-her-password".getBytes()),
				ApiClient.newIdea("Forged with a wrong password"));
		HttpResponse<String> garbledBasic = sendWith("Basic %%%", ApiClient.newIdea("Forged with a garbled header"));

		assertThat(bearer.statusCode()).as(bearer.body()).isEqualTo(403);
		assertThat(wrongBasic.statusCode()).as(wrongBasic.body()).isEqualTo(401);
		assertThat(garbledBasic.statusCode()).as(garbledBasic.body()).isIn(400, 401);
		assertThat(send("GET", "/api/ideas/mine", null, false).body()).as("nothing written").isEqualTo(mine);
	}

	@Test
	void theCsrfTokenIsBoundToTheSessionItWasGivenTo() throws Exception {
		Browser anna = Browser.signedIn(this.port, "anna");
		Browser omar = Browser.signedIn(this.port, "omar");
		String annasToken = anna.token();
		String mine = anna.send("GET", "/api/ideas/mine", null, null).body();

		// Anna's session with Omar's token, in its cookie and its header.
		HttpResponse<String> crossed = anna.withCookie("XSRF-TOKEN", omar.token())
			.send("POST", "/api/ideas", ApiClient.newIdea("Sent with someone else's token").toString(), omar.token());
		HttpResponse<String> own = anna.withCookie("XSRF-TOKEN", annasToken)
			.send("POST", "/api/ideas", ApiClient.newIdea("Sent with her own token").toString(), annasToken);

		assertThat(crossed.statusCode()).as(crossed.body()).isEqualTo(403);
		assertThat(own.statusCode()).as(own.body()).isEqualTo(201);
		assertThat(anna.send("GET", "/api/ideas/mine", null, null).body()).doesNotContain("someone else's token")
			.isNotEqualTo(mine);
	}

	@Test
	void theCsrfTokenChangesAtSignInAndTheOneBeforeIsRefusedAfter() throws Exception {
		Browser browser = new Browser(this.port);
		browser.send("GET", "/api/session/demo-users", null, null);
		String before = browser.token();
		browser.send("POST", "/api/session", "{\"username\":\"lena\",\"password\":\"demo\"}", before);
		browser.send("GET", "/api/session", null, null);
		String after = browser.token();

		HttpResponse<String> withTheOldToken = browser.withCookie("XSRF-TOKEN", before)
			.send("POST", "/api/ideas", ApiClient.newIdea("Sent with the token from before signing in").toString(),
					before);

		assertThat(before).isNotNull();
		assertThat(after).isNotNull().isNotEqualTo(before);
		assertThat(withTheOldToken.statusCode()).as(withTheOldToken.body()).isEqualTo(403);
	}

	private HttpResponse<String> sendWith(String authorization, Object idea) throws Exception {
		return this.browser.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/api/ideas"))
			.POST(BodyPublishers.ofString(idea.toString()))
			.header("Content-Type", "application/json")
			.header("Accept", "application/json, application/problem+json")
			.header("Authorization", authorization)
			.build(), BodyHandlers.ofString());
	}

	/**
	 * A browser whose cookies the test sees and sets: the session and the CSRF token.
	 */
	private static final class Browser {

		private final int port;

		private final Map<String, String> cookies = new java.util.LinkedHashMap<>();

		private final HttpClient http = HttpClient.newHttpClient();

		Browser(int port) {
			this.port = port;
		}

		static Browser signedIn(int port, String username) throws Exception {
			Browser browser = new Browser(port);
			browser.send("GET", "/api/session/demo-users", null, null);
			HttpResponse<String> signedIn = browser.send("POST", "/api/session",
					"{\"username\":\"" + username + "\",\"password\":\"demo\"}", browser.token());
			assertThat(signedIn.statusCode()).as(signedIn.body()).isEqualTo(200);
			browser.send("GET", "/api/session", null, null);
			return browser;
		}

		String token() {
			return this.cookies.get("XSRF-TOKEN");
		}

		Browser withCookie(String name, String value) {
			this.cookies.put(name, value);
			return this;
		}

		HttpResponse<String> send(String method, String path, String body, String token) throws Exception {
			HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + path))
				.method(method, (body != null) ? BodyPublishers.ofString(body) : BodyPublishers.noBody())
				.header("Content-Type", "application/json")
				.header("Accept", "application/json, application/problem+json");
			if (!this.cookies.isEmpty()) {
				request.header("Cookie",
						this.cookies.entrySet()
							.stream()
							.map((cookie) -> cookie.getKey() + "=" + cookie.getValue())
							.collect(java.util.stream.Collectors.joining("; ")));
			}
			if (token != null) {
				request.header("X-XSRF-TOKEN", token);
			}
			HttpResponse<String> answer = this.http.send(request.build(), BodyHandlers.ofString());
			for (String cookie : answer.headers().allValues("Set-Cookie")) {
				String pair = cookie.split(";", 2)[0];
				String name = pair.substring(0, pair.indexOf('='));
				String value = pair.substring(pair.indexOf('=') + 1);
				if (value.isEmpty() || cookie.contains("Max-Age=0")) {
					this.cookies.remove(name);
				}
				else if (!cookie.contains("Path=/camunda")) {
					this.cookies.put(name, value);
				}
			}
			return answer;
		}

	}

	private HttpResponse<String> send(String method, String path, String body, boolean withCsrfToken) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + path))
			.method(method, (body != null) ? BodyPublishers.ofString(body) : BodyPublishers.noBody())
			.header("Content-Type", "application/json")
			.header("Accept", "application/json, application/problem+json");
		String token = cookie("XSRF-TOKEN");
		if (withCsrfToken && token != null) {
			request.header("X-XSRF-TOKEN", token);
		}
		return this.browser.send(request.build(), BodyHandlers.ofString());
	}

	/** The id of this client's session, as stored (the cookie holds it in Base64). */
	private String sessionId() {
		return new String(Base64.getDecoder().decode(cookie("JSESSIONID")), StandardCharsets.UTF_8);
	}

	private String cookie(String name) {
		return ApiClient.cookie(this.cookies, name).orElse(null);
	}

}
