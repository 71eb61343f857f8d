package org.civiclab.federation;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Another installation's feed is not trusted: a redirect, a page too large or too slow,
 * an answer that is not CivicLab's open data is not read; each pilot is checked and one
 * that is not well formed is left out; texts stay text.
 */
class FeedReaderTests {

	private static final String GOOD = """
			{"reference": "IDEA-2026-0001", "organisation": "Norrvik", "title": "<b>Night buses</b>",
			 "problem": "Late shifts", "proposal": "Buses on demand", "themes": ["mobility"], "stage": "scaled",
			 "lifecycleStage": "DIFFUSING_LESSONS", "outcome": "SCALED", "estimatedCost": 120000,
			 "currency": "SEK"}""";

	private HttpServer server;

	private final AtomicInteger pages = new AtomicInteger();

	@BeforeEach
	void start() throws IOException {
		this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		this.server.setExecutor(Executors.newCachedThreadPool());
		this.server.start();
	}

	@AfterEach
	void stop() {
		this.server.stop(0);
	}

	@Test
	void readsWellFormedPilotsAndLeavesOutTheOthers() throws Exception {
		answer("/ok", 200, "application/json", page(GOOD, """
				{"reference": "../../admin", "organisation": "x", "title": "x", "problem": "x", "proposal": "x",
				 "themes": [], "stage": "plan"}""", """
				{"reference": "IDEA-2026-0002", "organisation": "Norrvik", "title": "%s", "problem": "x",
				 "proposal": "x", "themes": [], "stage": "plan"}""".formatted("x".repeat(201)), """
				{"reference": "IDEA-2026-0003", "organisation": "Norrvik", "title": "Benches", "problem": "x",
				 "proposal": "x", "themes": [], "stage": "plan", "outcome": "WON", "estimatedCost": -5,
				 "lifecycleStage": "<script>"}"""));

		List<RemotePilot> pilots = reader(1_000_000).read(url("/ok"));

		assertThat(pilots).extracting(RemotePilot::reference).containsExactly("IDEA-2026-0001", "IDEA-2026-0003");
		assertThat(pilots.get(0).title()).as("kept as text").isEqualTo("<b>Night buses</b>");
		assertThat(pilots.get(0).estimatedCost()).isEqualByComparingTo("120000");
		assertThat(pilots.get(1).outcome()).isNull();
		assertThat(pilots.get(1).estimatedCost()).isNull();
		assertThat(pilots.get(1).lifecycleStage()).isNull();
	}

	@Test
	void aRedirectIsNotFollowed() {
		this.server.createContext("/moved" + FeedAddress.OPEN_DATA, (exchange) -> {
			exchange.getResponseHeaders().add("Location", "file:///etc/passwd");
			exchange.sendResponseHeaders(302, -1);
			exchange.close();
		});

		assertThatExceptionOfType(FeedUnreadable.class).isThrownBy(() -> reader(1_000_000).read(url("/moved")))
			.withMessageContaining("HTTP 302");
	}

	@Test
	void aPageLargerThanTheLimitIsNotRead() {
		answer("/large", 200, "application/json", page(GOOD, GOOD.replace("0001", "0002")));

		assertThatExceptionOfType(FeedUnreadable.class).isThrownBy(() -> reader(300).read(url("/large")))
			.withMessageContaining("larger than 300 bytes");
	}

	@Test
	void aSlowAnswerIsGivenUpAfterTheTimeout() {
		this.server.createContext("/slow" + FeedAddress.OPEN_DATA, (exchange) -> {
			try {
				Thread.sleep(3000);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			exchange.close();
		});

		assertThatExceptionOfType(FeedUnreadable.class).isThrownBy(() -> reader(1_000_000).read(url("/slow")))
			.withMessageContaining("was not read within");
	}

	@Test
	void anAnswerThatIsNotOpenDataIsNotRead() {
		answer("/html", 200, "text/html", "<html>hello</html>");
		answer("/other", 200, "application/json", "{\"ideas\": \"none\"}");

		assertThatExceptionOfType(FeedUnreadable.class).isThrownBy(() -> reader(1_000_000).read(url("/html")))
			.withMessageContaining("not JSON");
		assertThatExceptionOfType(FeedUnreadable.class).isThrownBy(() -> reader(1_000_000).read(url("/other")))
			.withMessageContaining("not CivicLab's open data");
	}

	@Test
	void readsNoMorePagesThanTheLimit() throws Exception {
		this.server.createContext("/many" + FeedAddress.OPEN_DATA, (exchange) -> {
			int page = this.pages.getAndIncrement();
			send(exchange, 200, "application/json",
					"{\"total\": 1000, \"ideas\": [%s]}".formatted(GOOD.replace("0001", "%04d".formatted(page + 1))));
		});

		List<RemotePilot> pilots = reader(1_000_000).read(url("/many"));

		assertThat(this.pages.get()).isEqualTo(3);
		assertThat(pilots).hasSize(3);
	}

	private FeedReader reader(int maxPageBytes) {
		FederationProperties properties = new FederationProperties(Duration.ofMinutes(15), true, Duration.ofSeconds(1),
				Duration.ofSeconds(5), 3, 1, maxPageBytes);
		return new FeedReader(new FeedAddress(properties), properties, new ObjectMapper());
	}

	private String url(String path) {
		return "http://127.0.0.1:" + this.server.getAddress().getPort() + path;
	}

	private static String page(String... ideas) {
		return "{\"total\": " + ideas.length + ", \"ideas\": [" + String.join(",", ideas) + "]}";
	}

	private void answer(String path, int status, String type, String body) {
		this.server.createContext(path + FeedAddress.OPEN_DATA, (exchange) -> send(exchange, status, type, body));
	}

	private static void send(HttpExchange exchange, int status, String type, String body) throws IOException {
		byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
		exchange.getResponseHeaders().add("Content-Type", type);
		exchange.sendResponseHeaders(status, bytes.length);
		try (OutputStream out = exchange.getResponseBody()) {
			out.write(bytes);
		}
	}

}
