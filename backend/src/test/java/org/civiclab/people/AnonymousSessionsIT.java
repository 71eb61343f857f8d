package org.civiclab.people;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.civiclab.ApiClient;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Nobody gets a session before signing in (docs/adr/0009): anonymous requests to the API
 * (refused or not), the web app's pages, the API document, health, a failed sign-in and a
 * path that does not exist store nothing in the shared session table and set no session
 * cookie, however large their headers.
 */
class AnonymousSessionsIT extends ApiClient.FullStack {

	/** What a browser, a script or a crawler sends without signing in. */
	static final List<String[]> ANONYMOUS = List.of(new String[] { "GET", "/api/board" },
			new String[] { "GET", "/api/board/columns/screening?page=1" }, new String[] { "GET", "/api/me" },
			new String[] { "GET", "/api/session" }, new String[] { "GET", "/api/ideas/1" },
			new String[] { "POST", "/api/ideas" }, new String[] { "GET", "/api/open/ideas" },
			new String[] { "GET", "/api/open/ideas.csv" }, new String[] { "GET", "/api/session/demo-users" },
			new String[] { "GET", "/api/no-such-thing" }, new String[] { "GET", "/" }, new String[] { "GET", "/board" },
			new String[] { "GET", "/public" }, new String[] { "GET", "/v3/api-docs" },
			new String[] { "GET", "/actuator/health" }, new String[] { "GET", "/actuator/env" },
			new String[] { "GET", "/favicon.ico" });

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate database;

	private final HttpClient http = HttpClient.newHttpClient();

	@Test
	void anonymousRequestsStoreNoSession() throws Exception {
		int before = sessions();
		List<String> withSession = new ArrayList<>();
		String large = "x".repeat(4_000);
		for (String[] request : ANONYMOUS) {
			// What curl and crawlers accept, what a browser's address bar asks for, and
			// what the web app asks for.
			for (String accept : List.of("*/*", "text/html,application/xhtml+xml,*/*;q=0.8",
					"application/json, application/problem+json")) {
				HttpResponse<String> answer = send(request[0], request[1], accept, large, null);
				if (answer.headers().allValues("Set-Cookie").stream().anyMatch((c) -> c.startsWith("JSESSIONID="))) {
					withSession.add(request[0] + " " + request[1] + " (" + accept + ") → " + answer.statusCode());
				}
			}
		}

		assertThat(withSession).as("anonymous requests that were given a session").isEmpty();
		assertThat(sessions()).as("sessions stored").isEqualTo(before);
	}

	@Test
	void aFailedSignInStoresNoSession() throws Exception {
		int before = sessions();

		HttpResponse<String> refused = send("POST", "/api/session", "*/*", "small",
				"{\"username\":\"anna\",\"password\":\"not her password\"}");

		assertThat(refused.statusCode()).isEqualTo(401);
		assertThat(refused.headers().allValues("Set-Cookie")).noneMatch((c) -> c.startsWith("JSESSIONID="));
		assertThat(sessions()).isEqualTo(before);
	}

	private int sessions() {
		return this.database.queryForObject("select count(*) from spring_session", Integer.class);
	}

	private HttpResponse<String> send(String method, String path, String accept, String largeHeader, String json)
			throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + path))
			.header("Accept", accept)
			.header("X-Large", largeHeader)
			// A browser's CSRF token of its own: what refuses a change is the missing
			// sign-in.
			.header("Cookie", "XSRF-TOKEN=anonymous")
			.header("X-XSRF-TOKEN", "anonymous")
			.method(method, (json != null) ? BodyPublishers.ofString(json) : BodyPublishers.noBody());
		if (json != null) {
			request.header("Content-Type", "application/json");
		}
		return this.http.send(request.build(), BodyHandlers.ofString());
	}

}
