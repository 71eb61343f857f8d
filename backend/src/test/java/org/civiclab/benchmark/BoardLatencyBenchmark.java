package org.civiclab.benchmark;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import org.civiclab.benchmark.CivicLabInstance.Database;

/**
 * The board's latency: p50 and p99 of the first page of every column, as the board
 * ({@code GET /api/board}, every column at once) and one column at a time ({@code GET
 * /api/board/columns/{stage}}), with 1,000 active ideas (and 10,000 ended) and then with
 * 10,000 active (and 100,000 ended), in one run. One signed-in client sends the requests
 * one after another, interleaved, so that the machine's noise falls on every endpoint
 * alike.
 */
class BoardLatencyBenchmark {

	static final int SAMPLES = BenchmarkReport.size(150, 10);

	static final int WARM_UP = BenchmarkReport.size(20, 2);

	/**
	 * Active ideas in the first measurement, then in the second; ten times as many ended.
	 */
	static final int FEWER = BenchmarkReport.size(1_000, 20);

	static final int MORE = BenchmarkReport.size(10_000, 100);

	private static final ObjectMapper JSON = new ObjectMapper();

	@Test
	void boardLatency() {
		BenchmarkReport report = new BenchmarkReport("BoardLatencyBenchmark",
				"2. Board latency with %,d and %,d active ideas".formatted(FEWER, MORE));
		report.line("Active ideas go through the engine (see `IdeaSeeder`): 40%% screening, 20%% plan, 15%% test,"
				+ " 10%% scale decision, 10%% scaling, 5%% shelf; ended ideas (ten times as many) are rows written in"
				+ " JDBC batches, spread over scaled, stopped, declined and withdrawn. One client signed in as a lab"
				+ " lead, %d requests per endpoint after %d warm-up rounds; times in ms measured at the client"
				+ " (loopback HTTP included).", SAMPLES, WARM_UP)
			.line("");
		for (Database database : databases()) {
			measure(database, report);
		}
		report.write();
	}

	static List<Database> databases() {
		List<Database> chosen = new ArrayList<>();
		for (String name : System.getProperty("civiclab.bench.databases", "H2,POSTGRESQL").split(",")) {
			chosen.add(Database.valueOf(name.strip()));
		}
		return chosen;
	}

	private void measure(Database database, BenchmarkReport report) {
		try (CivicLabInstance app = CivicLabInstance.start(database, 0)) {
			IdeaSeeder seeder = new IdeaSeeder(app);
			SessionClient lena = SessionClient.signIn(app.port(), "lena");
			long seeding = System.nanoTime();
			seeder.active(FEWER);
			seeder.ended(10 * FEWER);
			seeder.analyze();
			double smallSeedSeconds = (System.nanoTime() - seeding) / 1e9;
			Map<String, Latencies> small = sample(lena);
			seeding = System.nanoTime();
			seeder.active(MORE - FEWER);
			seeder.ended(10 * (MORE - FEWER));
			seeder.analyze();
			double largeSeedSeconds = (System.nanoTime() - seeding) / 1e9;
			Map<String, Latencies> large = sample(lena);

			report
				.line("**%s** (seeding took %.0f s for %,d + %,d ideas, %.0f s for %,d + %,d more)", database,
						smallSeedSeconds, FEWER, 10 * FEWER, largeSeedSeconds, MORE - FEWER, 10 * (MORE - FEWER))
				.line("")
				.line("| request | p50 at %,d | p99 at %,d | p50 at %,d | p99 at %,d | p99 ratio %,d/%,d |", FEWER,
						FEWER, MORE, MORE, MORE, FEWER)
				.line("|---|---|---|---|---|---|");
			Latencies allSmall = new Latencies();
			Latencies allLarge = new Latencies();
			for (String request : small.keySet()) {
				Latencies at1k = small.get(request);
				Latencies at10k = large.get(request);
				allSmall.addAll(at1k);
				allLarge.addAll(at10k);
				report.line("| `%s` | %.1f | %.1f | %.1f | %.1f | %.2f |", request, at1k.median(), at1k.percentile(99),
						at10k.median(), at10k.percentile(99), at10k.percentile(99) / at1k.percentile(99));
			}
			report
				.line("| **every request above** | **%.1f** | **%.1f** | **%.1f** | **%.1f** | **%.2f** |",
						allSmall.median(), allSmall.percentile(99), allLarge.median(), allLarge.percentile(99),
						allLarge.percentile(99) / allSmall.percentile(99))
				.line("");
		}
	}

	/** Warm-up rounds, then {@link #SAMPLES} rounds over the board and every column. */
	private static Map<String, Latencies> sample(SessionClient client) {
		List<String> requests = new ArrayList<>();
		requests.add("/api/board");
		for (JsonNode column : read(client.get("/api/board")).path("columns")) {
			requests.add("/api/board/columns/" + column.path("stage").asText());
		}
		Map<String, Latencies> latencies = new LinkedHashMap<>();
		requests.forEach((request) -> latencies.put(request, new Latencies()));
		for (int round = 0; round < WARM_UP + SAMPLES; round++) {
			for (String request : requests) {
				Runnable call = () -> expectOk(client.get(request));
				if (round < WARM_UP) {
					call.run();
				}
				else {
					latencies.get(request).time(call);
				}
			}
		}
		return latencies;
	}

	private static void expectOk(HttpResponse<String> answer) {
		if (answer.statusCode() != 200) {
			throw new IllegalStateException(answer.uri() + " answered " + answer.statusCode() + ": " + answer.body());
		}
	}

	private static JsonNode read(HttpResponse<String> answer) {
		expectOk(answer);
		try {
			return JSON.readTree(answer.body());
		}
		catch (java.io.IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
