package org.civiclab.benchmark;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;

import org.civiclab.benchmark.CivicLabInstance.Database;
import org.civiclab.benchmark.IdeaSeeder.SeededIdea;
import org.civiclab.benchmark.Load.Outcome;
import org.civiclab.benchmark.Load.Result;

import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Gate decisions per second through the whole HTTP stack (session, CSRF, validation,
 * rubric, engine, tables, audit), beside the raw engine completing the same user tasks
 * through its Java API in the same JVM, on H2 and on PostgreSQL. Both take screening
 * decisions (Go) on ideas that wait at the screening gate, with the same number of
 * concurrent clients, in alternating rounds.
 */
class GateDecisionsBenchmark {

	static final int CLIENTS = 8;

	static final int WARM_UP = BenchmarkReport.size(300, 16);

	static final int PER_ROUND = BenchmarkReport.size(1500, 40);

	static final int ROUNDS = BenchmarkReport.size(2, 1);

	static final Duration LIMIT = Duration.ofSeconds(60);

	private static final Pattern VERSION = Pattern.compile("\"version\"\\s*:\\s*(\\d+)");

	@Test
	void gateDecisionsPerSecond() {
		BenchmarkReport report = new BenchmarkReport("GateDecisionsBenchmark",
				"1. Gate decisions per second: full HTTP stack against the raw engine");
		report.line("%d concurrent clients on each side; each full-stack client is a lab lead signed in once"
				+ " with a session and sends the CSRF token; every decision is a screening Go with rubric scores on"
				+ " its own idea. The raw engine finds the idea's task by business key and completes it with"
				+ " `outcome=GO` in one transaction through `TaskService`. %d warm-up decisions each, then %d rounds"
				+ " of at most %d decisions or %d s each, raw and full stack alternating.", CLIENTS, WARM_UP, ROUNDS,
				PER_ROUND, LIMIT.toSeconds())
			.line("")
			.line("| database | round | raw engine (decisions/s) | full stack (decisions/s) | full / raw | 409s |")
			.line("|---|---|---|---|---|---|");
		for (Database database : Database.values()) {
			measure(database, report);
		}
		report.write();
	}

	private void measure(Database database, BenchmarkReport report) {
		try (CivicLabInstance app = CivicLabInstance.start(database, 0)) {
			IdeaSeeder seeder = new IdeaSeeder(app);
			List<SeededIdea> rawIdeas = seeder.inScreening(WARM_UP + ROUNDS * PER_ROUND);
			List<SeededIdea> httpIdeas = seeder.inScreening(WARM_UP + ROUNDS * PER_ROUND);
			List<SessionClient> clients = new ArrayList<>();
			for (int client = 0; client < CLIENTS; client++) {
				clients.add(SessionClient.signIn(app.port(), "lena"));
			}
			RawEngine raw = new RawEngine(app);
			raw.run(rawIdeas.subList(0, WARM_UP));
			fullStack(clients, httpIdeas.subList(0, WARM_UP));
			double rawTotal = 0;
			double fullTotal = 0;
			for (int round = 0; round < ROUNDS; round++) {
				int from = WARM_UP + round * PER_ROUND;
				Result rawResult = raw.run(rawIdeas.subList(from, from + PER_ROUND));
				Result fullResult = fullStack(clients, httpIdeas.subList(from, from + PER_ROUND));
				assertThat(rawResult.failed()).as("raw engine failures").isZero();
				assertThat(fullResult.failed()).as("full stack failures").isZero();
				rawTotal += rawResult.perSecond();
				fullTotal += fullResult.perSecond();
				report.line("| %s | %d | %.0f (%d in %.1f s) | %.0f (%d in %.1f s) | %.2f | %d |", database, round + 1,
						rawResult.perSecond(), rawResult.done(), seconds(rawResult), fullResult.perSecond(),
						fullResult.done(), seconds(fullResult), fullResult.perSecond() / rawResult.perSecond(),
						fullResult.conflicts() + fullResult.retried());
			}
			report.line("| **%s** | **mean** | **%.0f** | **%.0f** | **%.2f** | |", database, rawTotal / ROUNDS,
					fullTotal / ROUNDS, fullTotal / rawTotal);
		}
	}

	/** Screening Go decisions over HTTP; a 409 is retried once after reading the idea. */
	static Result fullStack(List<SessionClient> clients, List<SeededIdea> ideas) {
		return Load.run(ideas, clients.size(), LIMIT, (client, idea) -> {
			SessionClient http = clients.get(client);
			HttpResponse<String> answer = http.post("/api/ideas/" + idea.id() + "/decisions",
					screeningGo(idea.version()));
			if (answer.statusCode() == 201) {
				return Outcome.DONE;
			}
			if (answer.statusCode() == 409) {
				Matcher version = VERSION.matcher(http.get("/api/ideas/" + idea.id()).body());
				if (version.find() && http
					.post("/api/ideas/" + idea.id() + "/decisions", screeningGo(Long.parseLong(version.group(1))))
					.statusCode() == 201) {
					return Outcome.DONE_AFTER_RETRY;
				}
				return Outcome.CONFLICT;
			}
			System.err
				.println("Decision on idea " + idea.id() + " answered " + answer.statusCode() + ": " + answer.body());
			return Outcome.FAILED;
		});
	}

	static String screeningGo(long version) {
		return """
				{"gate":"SCREENING","outcome":"GO","rationale":"A strong case that can be tested now",
				 "scores":{"strategicFit":4,"citizenValue":5,"feasibility":4,"novelty":3},"version":%d}"""
			.formatted(version);
	}

	private static double seconds(Result result) {
		return result.elapsed().toMillis() / 1000.0;
	}

	/** The engine alone: the same screening tasks completed through its Java API. */
	private static final class RawEngine {

		private final TaskService tasks;

		private final TransactionTemplate transactions;

		RawEngine(CivicLabInstance app) {
			this.tasks = app.bean(TaskService.class);
			this.transactions = new TransactionTemplate(app.bean(PlatformTransactionManager.class));
		}

		Result run(List<SeededIdea> ideas) {
			return Load.run(ideas, CLIENTS, LIMIT, (client, idea) -> {
				this.transactions.executeWithoutResult((status) -> {
					Task task = this.tasks.createTaskQuery()
						.processInstanceBusinessKey(Long.toString(idea.id()))
						.singleResult();
					this.tasks.complete(task.getId(), Map.of("outcome", "GO"));
				});
				return Outcome.DONE;
			});
		}

	}

}
