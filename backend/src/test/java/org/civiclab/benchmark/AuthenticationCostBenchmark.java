package org.civiclab.benchmark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import org.civiclab.benchmark.CivicLabInstance.Database;

/**
 * What authenticating costs (issue 14, Done-when 8): the same {@code GET /api/me} sent
 * with the web app's session, with a personal access token and with HTTP Basic (a BCrypt
 * check at the production strength, 10, on every request), interleaved one after another
 * so that the machine's noise falls on all three alike. Target: a token request costs at
 * most 1.5× a session request. {@code -Dciviclab.bench.auth.samples=} sets the rounds.
 */
class AuthenticationCostBenchmark {

	static final int SAMPLES = Integer.getInteger("civiclab.bench.auth.samples", BenchmarkReport.size(400, 20));

	static final int WARM_UP = BenchmarkReport.size(50, 5);

	private static final ObjectMapper JSON = new ObjectMapper();

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

	@Test
	void tokenAgainstSessionAndBasic() {
		BenchmarkReport report = new BenchmarkReport("AuthenticationCostBenchmark",
				"8. What authenticating a request costs: session, personal access token, HTTP Basic");
		report
			.line("The same `GET /api/me` as Lena, one client per kind, %d rounds after %d warm-up rounds,"
					+ " the three kinds one after another in each round; BCrypt at the production strength (10)."
					+ " Times in ms measured at the client (loopback HTTP included).", SAMPLES, WARM_UP)
			.line("");
		for (Database database : BoardLatencyBenchmark.databases()) {
			measure(database, report);
		}
		report.write();
	}

	private void measure(Database database, BenchmarkReport report) {
		try (CivicLabInstance app = CivicLabInstance.start(database, 0)) {
			SessionClient session = SessionClient.signIn(app.port(), "lena");
			String token = makeToken(session);
			String basic = "Basic " + Base64.getEncoder().encodeToString("lena:demo".getBytes(StandardCharsets.UTF_8));
			Map<String, Supplier<HttpResponse<String>>> kinds = new LinkedHashMap<>();
			kinds.put("session", () -> session.get("/api/me"));
			kinds.put("access token", () -> get(app.port(), "Bearer " + token));
			kinds.put("HTTP Basic", () -> get(app.port(), basic));
			Map<String, Latencies> latencies = new LinkedHashMap<>();
			kinds.keySet().forEach((kind) -> latencies.put(kind, new Latencies()));
			for (int round = 0; round < WARM_UP + SAMPLES; round++) {
				for (var kind : kinds.entrySet()) {
					Runnable call = () -> expectOk(kind.getValue().get());
					if (round < WARM_UP) {
						call.run();
					}
					else {
						latencies.get(kind.getKey()).time(call);
					}
				}
			}
			Latencies sessions = latencies.get("session");
			report.line("**%s**", database)
				.line("")
				.line("| authenticated by | p50 | p90 | p99 | p50 / session's | p90 / session's |")
				.line("|---|---|---|---|---|---|");
			latencies.forEach((kind, times) -> report.line("| %s | %.2f | %.2f | %.2f | %.2f | %.2f |", kind,
					times.median(), times.percentile(90), times.percentile(99), times.median() / sessions.median(),
					times.percentile(90) / sessions.percentile(90)));
			report.line("");
		}
	}

	/** Lena makes a read-only token for a year, as the web app would. */
	private static String makeToken(SessionClient session) {
		String body = "{\"name\":\"Benchmark\",\"scope\":\"READ\",\"expiresOn\":\""
				+ LocalDate.now(ZoneOffset.UTC).plusDays(30) + "\"}";
		HttpResponse<String> made = session.post("/api/access-tokens", body);
		if (made.statusCode() != 201) {
			throw new IllegalStateException("No token: " + made.statusCode() + " " + made.body());
		}
		try {
			return JSON.readTree(made.body()).path("token").asText();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** A request with this {@code Authorization} header and no cookie. */
	private HttpResponse<String> get(int port, String authorization) {
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/me"))
			.timeout(Duration.ofSeconds(60))
			.header("Accept", "application/json, application/problem+json")
			.header("Authorization", authorization)
			.GET()
			.build();
		try {
			return this.http.send(request, BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static void expectOk(HttpResponse<String> answer) {
		if (answer.statusCode() != 200) {
			throw new IllegalStateException(answer.uri() + " answered " + answer.statusCode() + ": " + answer.body());
		}
	}

}
