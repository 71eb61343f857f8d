package org.civiclab.benchmark;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPOutputStream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import org.civiclab.benchmark.CivicLabInstance.Database;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The board in a browser (issue 4): CivicLab with 2,000 ideas on its board, opened in
 * Debian's headless Chromium by {@code frontend/benchmarks/board.bench.ts} (Playwright,
 * which downloads no browser). Reports the time from navigation start until every column
 * shows its first card, and the JavaScript the page loads, as sent and gzipped.
 */
class BoardInBrowserBenchmark {

	static final int ACTIVE = 1_600;

	static final int ENDED = 400;

	@Test
	void boardInTheBrowser() throws Exception {
		int port = Integer.getInteger("civiclab.bench.port", 8774);
		Path result = CivicLabInstance.freshDirectory("browser").resolve("board.json");
		try (CivicLabInstance app = CivicLabInstance.start(Database.H2, port)) {
			IdeaSeeder seeder = new IdeaSeeder(app);
			seeder.active(ACTIVE);
			seeder.ended(ENDED);
			runPlaywright(port, result);
			JsonNode measured = new ObjectMapper().readTree(result.toFile());
			report(measured);
		}
	}

	private static void runPlaywright(int port, Path result) throws IOException, InterruptedException {
		ProcessBuilder playwright = new ProcessBuilder("npx", "playwright", "test", "--config",
				"playwright.bench.config.ts")
			.directory(Path.of("..", "frontend").toFile())
			.inheritIO();
		playwright.environment().put("CIVICLAB_BENCH_URL", "http://127.0.0.1:" + port);
		playwright.environment().put("CIVICLAB_BENCH_RESULT", result.toAbsolutePath().toString());
		Process process = playwright.start();
		assertThat(process.waitFor(10, TimeUnit.MINUTES)).as("Playwright finished in time").isTrue();
		assertThat(process.exitValue()).as("Playwright's exit code").isZero();
	}

	private static void report(JsonNode measured) throws IOException, InterruptedException {
		List<Double> millis = new ArrayList<>();
		measured.path("times").forEach((time) -> millis.add(time.asDouble()));
		millis.sort(null);
		long wire = 0;
		long plain = 0;
		long gzipped = 0;
		List<String> files = new ArrayList<>();
		HttpClient http = HttpClient.newHttpClient();
		for (JsonNode script : measured.path("scripts")) {
			byte[] body = http
				.send(HttpRequest.newBuilder(URI.create(script.path("url").asText())).build(),
						BodyHandlers.ofByteArray())
				.body();
			long compressed = gzip(body);
			wire += script.path("transferredBytes").asLong();
			plain += body.length;
			gzipped += compressed;
			files.add("`%s` %.1f KB, %.1f KB gzipped, sent %s".formatted(
					URI.create(script.path("url").asText()).getPath(), body.length / 1024.0, compressed / 1024.0,
					script.path("contentEncoding").asText()));
		}
		double median = millis.get(millis.size() / 2);
		double slowest = millis.get(millis.size() - 1);
		new BenchmarkReport("BoardInBrowserBenchmark", "5. The board in the browser (2,000 cards)")
			.line("%d active ideas (through the engine, spread over the active columns) and %d ended ones (rows) on"
					+ " top of the demo's; a lab lead signed in; each load in a new browser context (empty cache) of"
					+ " Debian's Chromium, headless. *Usable* = from navigation start until every column that has"
					+ " cards shows its first card's link (found by role). One warm-up load, then %d measured.", ACTIVE,
					ENDED, millis.size())
			.line("")
			.line("| measure | value | target |")
			.line("|---|---|---|")
			.line("| time until usable, median | %.0f ms | < 1,000 ms |", median)
			.line("| time until usable, slowest | %.0f ms | |", slowest)
			.line("| JavaScript loaded, gzip -6 | %.1f KB | < 250 KB |", gzipped / 1024.0)
			.line("| JavaScript as sent (compressed by the server) | %.1f KB | |", wire / 1024.0)
			.line("| JavaScript uncompressed | %.1f KB | |", plain / 1024.0)
			.line("")
			.line("Files: %s.", String.join("; ", files))
			.write();
	}

	private static long gzip(byte[] body) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
			gzip.write(body);
		}
		return out.size();
	}

}
