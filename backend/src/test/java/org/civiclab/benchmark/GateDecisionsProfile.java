package org.civiclab.benchmark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jdk.jfr.Configuration;
import jdk.jfr.Recording;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;

import org.civiclab.benchmark.CivicLabInstance.Database;
import org.civiclab.benchmark.IdeaSeeder.SeededIdea;
import org.civiclab.benchmark.Load.Outcome;
import org.civiclab.benchmark.Load.Result;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Where a gate decision's time goes: the decisions of {@link GateDecisionsBenchmark}, raw
 * engine and full stack, each phase under a flight recording of its own
 * ({@code target/profiles/*.jfr}), with the statements each phase sent to the database:
 * on H2 every statement and how often it ran
 * ({@code INFORMATION_SCHEMA.QUERY_STATISTICS}), on PostgreSQL the rows inserted, updated
 * and deleted per table and the transactions ({@code pg_stat_user_tables},
 * {@code pg_stat_database}). Not a benchmark: run it by name,
 * {@code -Dit.test=GateDecisionsProfile}; {@code -Dciviclab.profile.database=H2} or
 * {@code POSTGRESQL} for one database only.
 */
class GateDecisionsProfile {

	static final int CLIENTS = GateDecisionsBenchmark.CLIENTS;

	static final int WARM_UP = BenchmarkReport.size(300, 16);

	static final int MEASURED = BenchmarkReport.size(1500, 40);

	@Test
	void profile() throws Exception {
		String only = System.getProperty("civiclab.profile.database");
		Path out = Files.createDirectories(Path.of("target", "profiles"));
		for (Database database : Database.values()) {
			if (only == null || only.equalsIgnoreCase(database.name())) {
				profile(database, out);
			}
		}
	}

	private void profile(Database database, Path out) throws Exception {
		try (CivicLabInstance app = CivicLabInstance.start(database, 0)) {
			IdeaSeeder seeder = new IdeaSeeder(app);
			List<SeededIdea> rawIdeas = seeder.inScreening(WARM_UP + MEASURED);
			List<SeededIdea> httpIdeas = seeder.inScreening(WARM_UP + MEASURED);
			List<SessionClient> clients = new ArrayList<>();
			for (int client = 0; client < CLIENTS; client++) {
				clients.add(SessionClient.signIn(app.port(), "lena"));
			}
			JdbcTemplate jdbc = app.bean(JdbcTemplate.class);
			TaskService tasks = app.bean(TaskService.class);
			TransactionTemplate transactions = new TransactionTemplate(app.bean(PlatformTransactionManager.class));
			raw(tasks, transactions, rawIdeas.subList(0, WARM_UP));
			GateDecisionsBenchmark.fullStack(clients, httpIdeas.subList(0, WARM_UP));
			String name = database.name().toLowerCase();
			Statements statements = new Statements(jdbc, database);

			statements.reset();
			Result raw;
			try (Recording recording = record(out.resolve(name + "-raw.jfr"))) {
				raw = raw(tasks, transactions, rawIdeas.subList(WARM_UP, WARM_UP + MEASURED));
				recording.stop();
			}
			statements.report(out.resolve(name + "-raw-statements.txt"), raw);

			statements.reset();
			Result full;
			try (Recording recording = record(out.resolve(name + "-full.jfr"))) {
				full = GateDecisionsBenchmark.fullStack(clients, httpIdeas.subList(WARM_UP, WARM_UP + MEASURED));
				recording.stop();
			}
			statements.report(out.resolve(name + "-full-statements.txt"), full);
			System.out.printf("PROFILE %s raw %.0f/s, full %.0f/s, %.2f%n", database, raw.perSecond(), full.perSecond(),
					full.perSecond() / raw.perSecond());
		}
	}

	private static Result raw(TaskService tasks, TransactionTemplate transactions, List<SeededIdea> ideas) {
		return Load.run(ideas, CLIENTS, GateDecisionsBenchmark.LIMIT, (client, idea) -> {
			transactions.executeWithoutResult((status) -> {
				Task task = tasks.createTaskQuery().processInstanceBusinessKey(Long.toString(idea.id())).singleResult();
				tasks.complete(task.getId(), Map.of("outcome", "GO"));
			});
			return Outcome.DONE;
		});
	}

	private static Recording record(Path file) throws IOException, ParseException {
		Recording recording = new Recording(Configuration.getConfiguration("profile"));
		recording.setDestination(file);
		recording.start();
		return recording;
	}

	/** The statements the database ran, counted the way each database can. */
	private record Statements(JdbcTemplate jdbc, Database database) {

		void reset() {
			if (this.database == Database.H2) {
				this.jdbc.execute("SET QUERY_STATISTICS FALSE");
				this.jdbc.execute("SET QUERY_STATISTICS_MAX_ENTRIES 1000");
				this.jdbc.execute("SET QUERY_STATISTICS TRUE");
			}
			else {
				this.jdbc.queryForList("select pg_stat_reset()");
			}
		}

		void report(Path file, Result result) {
			StringBuilder text = new StringBuilder();
			double per = result.done();
			if (this.database == Database.H2) {
				List<Map<String, Object>> rows = this.jdbc
					.queryForList("select execution_count, cumulative_execution_time, sql_statement"
							+ " from information_schema.query_statistics order by execution_count desc");
				long total = 0;
				double millis = 0;
				for (Map<String, Object> row : rows) {
					String sql = (String) row.get("SQL_STATEMENT");
					if (sql.toLowerCase().contains("query_statistics")) {
						continue;
					}
					long count = ((Number) row.get("EXECUTION_COUNT")).longValue();
					double time = ((Number) row.get("CUMULATIVE_EXECUTION_TIME")).doubleValue();
					total += count;
					millis += time;
					text.append(
							"%8.2f  %8.3f ms  %s%n".formatted(count / per, time / count, sql.replaceAll("\\s+", " ")));
				}
				text.insert(0, "%d decisions, %.1f statements per decision, %.2f ms of H2 time per decision%n%n"
					.formatted(result.done(), total / per, millis / per));
			}
			else {
				// Each backend reports its counts within a second of going idle.
				JarProcess.sleep(2000);
				Map<String, Object> db = this.jdbc
					.queryForMap("select xact_commit, xact_rollback, tup_returned, tup_fetched, tup_inserted,"
							+ " tup_updated, tup_deleted from pg_stat_database where datname = current_database()");
				text.append("%d decisions; per decision: %s%n%n".formatted(result.done(), perDecision(db, per)));
				for (Map<String, Object> row : this.jdbc.queryForList("select relname, seq_scan, idx_scan,"
						+ " n_tup_ins, n_tup_upd, n_tup_hot_upd, n_tup_del from pg_stat_user_tables"
						+ " where seq_scan + coalesce(idx_scan, 0) + n_tup_ins + n_tup_upd + n_tup_del > 0"
						+ " order by relname")) {
					text.append("%-32s %s%n".formatted(row.get("relname"), perDecision(row, per)));
				}
			}
			try {
				Files.writeString(file, text);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			System.out.println(text);
		}

		private static String perDecision(Map<String, Object> row, double per) {
			StringBuilder text = new StringBuilder();
			row.forEach((key, value) -> {
				if (value instanceof Number number) {
					text.append("%s=%.2f ".formatted(key, number.doubleValue() / per));
				}
			});
			return text.toString();
		}

	}

}
