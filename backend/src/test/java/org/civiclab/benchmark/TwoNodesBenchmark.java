package org.civiclab.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.civiclab.benchmark.CivicLabInstance.Database;
import org.civiclab.benchmark.IdeaSeeder.SeededIdea;
import org.civiclab.benchmark.Load.Result;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two CivicLab nodes against one, on one PostgreSQL database, on the same machine: the
 * gate decisions of {@link GateDecisionsBenchmark} through the whole HTTP stack, with the
 * same number of clients, each pinned to one node as a sticky load balancer would. One
 * node is measured before and after the two, so that a drift of the machine shows; and
 * once more while the second node runs idle, so that what a second JVM costs by being
 * there shows apart from what sharing the work costs. Each round also gives the CPU time
 * per decision of the nodes, of this JVM (the clients) and of the rest of the machine
 * (PostgreSQL, and whatever else runs), from {@code /proc}: where two nodes spend more
 * CPU per decision than one, clustering costs; where they spend the same but decide fewer
 * per second, the CPU was shared, or waited.
 */
class TwoNodesBenchmark {

	static final int CLIENTS = GateDecisionsBenchmark.CLIENTS;

	static final int WARM_UP = BenchmarkReport.size(400, 16);

	static final int PER_ROUND = BenchmarkReport.size(1000, 40);

	static final Duration READY_LIMIT = Duration.ofMinutes(4);

	private static final Path JAR = Path.of("target", "civiclab.jar");

	@Test
	void twoNodesAgainstOne() throws IOException {
		BenchmarkReport report = new BenchmarkReport("TwoNodesBenchmark", "4. Two nodes against one on PostgreSQL");
		int port = Integer.getInteger("civiclab.bench.port", 8774) + 3;
		Path workDir = CivicLabInstance.freshDirectory("two-nodes");
		List<String> database;
		List<SeededIdea> ideas;
		// The demo people and the ideas waiting at screening, written by a node in this
		// JVM.
		try (CivicLabInstance seeder = CivicLabInstance.start(Database.POSTGRESQL, 0)) {
			ideas = new IdeaSeeder(seeder).inScreening(4 * (WARM_UP + PER_ROUND));
			database = new ArrayList<>(CivicLabInstance.databaseArguments(seeder));
		}
		database.add("--civiclab.data-dir=" + workDir);
		List<Result> oneNode = new ArrayList<>();
		Result twoNodes;
		Result oneBesideIdle;
		List<String> cpu = new ArrayList<>();
		try (JarProcess first = JarProcess.start(JAR, port, workDir, database)) {
			first.awaitReady(READY_LIMIT);
			oneNode.add(measured("1", "one", List.of(first), List.of(first), ideas, 0, cpu));
			try (JarProcess second = JarProcess.start(JAR, port + 1, workDir, database)) {
				second.awaitReady(READY_LIMIT);
				oneBesideIdle = measured("2a", "one, the second idle", List.of(first), List.of(first, second), ideas, 3,
						cpu);
				twoNodes = measured("2", "two", List.of(first, second), List.of(first, second), ideas, 1, cpu);
			}
			oneNode.add(measured("3", "one", List.of(first), List.of(first), ideas, 2, cpu));
		}
		long lockingLogLines = 0;
		try (var logs = Files.list(workDir)) {
			for (Path log : logs.filter((file) -> file.toString().endsWith(".log")).toList()) {
				lockingLogLines += Files.readAllLines(log)
					.stream()
					.filter((line) -> line.contains("OptimisticLock"))
					.count();
			}
		}

		double one = (oneNode.get(0).perSecond() + oneNode.get(1).perSecond()) / 2;
		report.line("Both nodes are `java -jar target/civiclab.jar` (JVM defaults) on one embedded PostgreSQL 17, all"
				+ " three processes on this machine. %d clients, pinned to a node each (two nodes: %d per node), take"
				+ " screening Go decisions on their own ideas; each round %d warm-up decisions, then at most %d. A"
				+ " 409 is retried once after reading the idea again.", CLIENTS, CLIENTS / 2, WARM_UP, PER_ROUND)
			.line("")
			.line("| round | nodes | decisions/s | decisions | 409s retried | 409s after retry | failures |")
			.line("|---|---|---|---|---|---|---|");
		row(report, "1", "one", oneNode.get(0));
		row(report, "2a", "one, the second idle", oneBesideIdle);
		row(report, "2", "two", twoNodes);
		row(report, "3", "one", oneNode.get(1));
		report.line("")
			.line("Two nodes / one node (mean of rounds 1 and 3): **%.2f×**; one node beside an idle second / one"
					+ " node: %.2f×. Lines naming an optimistic-locking failure in the nodes' logs: %d.",
					twoNodes.perSecond() / one, oneBesideIdle.perSecond() / one, lockingLogLines)
			.line("")
			.line("CPU time per decision in each measured round (ms; from `/proc`, 2 cores = 2,000 ms per"
					+ " second): the nodes' JVMs, this JVM (the 8 clients), the rest of the machine (PostgreSQL and"
					+ " anything else running), and how much of the machine stood idle.")
			.line("")
			.line("| round | nodes | nodes' JVMs | clients' JVM | rest of the machine | total | machine idle |")
			.line("|---|---|---|---|---|---|---|");
		cpu.forEach((row) -> report.line("%s", row));
		report.write();
		assertThat(twoNodes.failed() + oneNode.get(0).failed() + oneNode.get(1).failed()).isZero();
	}

	private static void row(BenchmarkReport report, String round, String nodes, Result result) {
		report.line("| %s | %s | %.0f | %d in %.1f s | %d | %d | %d |", round, nodes, result.perSecond(), result.done(),
				result.elapsed().toMillis() / 1000.0, result.retried(), result.conflicts(), result.failed());
	}

	/**
	 * A round on these serving nodes, with the CPU time per decision of all running
	 * nodes, of this JVM and of the rest of the machine added to {@code cpu} as a table
	 * row.
	 */
	private static Result measured(String round, String nodes, List<JarProcess> serving, List<JarProcess> running,
			List<SeededIdea> ideas, int index, List<String> cpu) {
		Result[] result = new Result[1];
		CpuTime.Split split = CpuTime.during(running, () -> result[0] = round(serving, ideas, index));
		double per = result[0].done() / 1000.0;
		cpu.add("| %s | %s | %.1f | %.1f | %.1f | %.1f | %.0f%% |".formatted(round, nodes, split.nodes() / per,
				split.self() / per, split.rest() / per, split.busy() / per, 100 * split.idleShare()));
		return result[0];
	}

	/**
	 * Warms the nodes up, then measures one round on the {@code index}th share of ideas.
	 */
	private static Result round(List<JarProcess> nodes, List<SeededIdea> ideas, int index) {
		List<SessionClient> clients = new ArrayList<>();
		for (int client = 0; client < CLIENTS; client++) {
			clients.add(SessionClient.signIn(nodes.get(client % nodes.size()).port(), "lena"));
		}
		int from = index * (WARM_UP + PER_ROUND);
		GateDecisionsBenchmark.fullStack(clients, ideas.subList(from, from + WARM_UP));
		return GateDecisionsBenchmark.fullStack(clients, ideas.subList(from + WARM_UP, from + WARM_UP + PER_ROUND));
	}

}
