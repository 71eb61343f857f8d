package org.civiclab.benchmark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Duration;
import java.util.List;

import org.civiclab.ApiClient;

/**
 * One person in a browser-like client: signs in once with the web app's session, then
 * sends the CSRF token from the {@code XSRF-TOKEN} cookie with every change, as the web
 * app does. Pinned to one node, as a sticky load balancer would pin it.
 */
final class SessionClient {

	private final CookieManager cookies = new CookieManager();

	private final HttpClient http = HttpClient.newBuilder()
		.cookieHandler(this.cookies)
		.connectTimeout(Duration.ofSeconds(10))
		.build();

	private final String base;

	private SessionClient(int port) {
		this.base = "http://127.0.0.1:" + port;
	}

	/** Someone who has not signed in, with a browser's cookies. */
	static SessionClient anonymous(int port) {
		return new SessionClient(port);
	}

	/** Signs in as this demo user (password {@code demo}) on the node at this port. */
	static SessionClient signIn(int port, String username) {
		SessionClient client = new SessionClient(port);
		client.send("GET", "/api/session", null);
		HttpResponse<String> signedIn = client.send("POST", "/api/session",
				"{\"username\":\"" + username + "\",\"password\":\"demo\"}");
		if (signedIn.statusCode() != 200) {
			throw new IllegalStateException(username + " could not sign in: " + signedIn.body());
		}
		// Signing in replaces the CSRF token; the next answer brings the new one.
		client.send("GET", "/api/session", null);
		return client;
	}

	/** The cookies the server gave this client (the session's, the CSRF token's). */
	List<HttpCookie> cookies() {
		return this.cookies.getCookieStore().getCookies();
	}

	HttpResponse<String> get(String path) {
		return send("GET", path, null);
	}

	HttpResponse<String> post(String path, String json) {
		return send("POST", path, json);
	}

	HttpResponse<String> send(String method, String path, String json) {
		return send(method, path, json, "application/json, application/problem+json");
	}

	/** A request accepting this media type (text/csv for the open data's CSV). */
	HttpResponse<String> send(String method, String path, String json, String accept) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(this.base + path))
			.timeout(Duration.ofSeconds(60))
			.header("Accept", accept)
			.method(method, (json != null) ? BodyPublishers.ofString(json) : BodyPublishers.noBody());
		if (json != null) {
			request.header("Content-Type", "application/json");
		}
		ApiClient.cookie(this.cookies, ApiClient.CSRF_COOKIE)
			.ifPresent((token) -> request.header("X-XSRF-TOKEN", token));
		try {
			return this.http.send(request.build(), BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
