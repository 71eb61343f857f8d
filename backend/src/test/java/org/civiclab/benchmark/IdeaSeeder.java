package org.civiclab.benchmark;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiConsumer;

import org.camunda.bpm.engine.RuntimeService;

import org.civiclab.pipeline.Pipeline;
import org.civiclab.pipeline.PipelineProcess;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Fills a CivicLab database quickly and honestly, for the benchmarks.
 * <ul>
 * <li><b>Active ideas</b> are idea rows written in JDBC batches as submitted drafts, then
 * started in the engine through {@link Pipeline#start} (the application's own door to
 * it), so that the engine holds their process and the stage tracker moves their row into
 * screening, exactly as a submission does. Ideas meant for a later column are started at
 * that column's element instead (the engine's process instance modification,
 * {@code startBeforeActivity}) with the variables (outcome, dates) that submission and
 * the earlier gates give: engine and tables agree, only the gate-decision records and
 * audit entries of those earlier gates are missing.</li>
 * <li><b>Ended ideas</b> have no runtime state in the engine, so they are idea rows only,
 * written in JDBC batches in their end columns (their engine history is left out: nothing
 * the benchmarks read needs it).</li>
 * </ul>
 */
final class IdeaSeeder {

	/** The columns active ideas are spread over, and in which share. */
	enum ActiveStage {

		SCREENING(40, "UserTask_ScreenIdea"), PLAN(20, "UserTask_ApprovePlan"), TEST(15, "UserTask_RunTest"),
		SCALE_DECISION(10, "UserTask_DecideScale"), SCALING(10, "UserTask_ConfirmAdoption"),
		SHELF(5, "TimerEvent_ShelvedFromScreening");

		final int percent;

		/** The model's element where an idea in this column waits. */
		final String element;

		ActiveStage(int percent, String element) {
			this.percent = percent;
			this.element = element;
		}

	}

	/** The end columns ended ideas are spread over, and in which share. */
	private static final Map<String, Integer> ENDED = Map.of("scaled", 25, "stopped", 35, "declined", 30, "withdrawn",
			10);

	/**
	 * All of Norrvik: the lab lead who decides and reads the board in the benchmarks acts
	 * only on their own organisation's ideas (docs/adr/0014).
	 */
	private static final List<String> SUBMITTERS = List.of("anna", "omar", "karin");

	private static final int BATCH = 200;

	private static final int THREADS = 4;

	private static final String INSERT = """
			insert into idea (id, reference, title, problem, proposal, beneficiaries, organisation_id, department,
			    entry_route, estimated_cost, submitter_id, sharing, stage, stage_entered_at, created_at,
			    submitted_at, ended_at, version)
			values (?, ?, ?, ?, ?, ?, ?, ?, 'IDEA_DRIVEN', 45000, ?, 'PUBLIC', ?, ?, ?, ?, ?, 0)""";

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transactions;

	private final Pipeline pipeline;

	private final RuntimeService runtime;

	private final List<Map<String, Object>> submitters;

	private final CivicLabInstance.Database database;

	IdeaSeeder(CivicLabInstance app) {
		this.database = app.database();
		this.jdbc = app.bean(JdbcTemplate.class);
		this.transactions = new TransactionTemplate(app.bean(PlatformTransactionManager.class));
		this.pipeline = app.bean(Pipeline.class);
		this.runtime = app.bean(RuntimeService.class);
		this.submitters = this.jdbc.queryForList(
				"select id, organisation_id, username from person where username in (?, ?, ?) order by id",
				SUBMITTERS.toArray());
	}

	/** An idea waiting at a gate, with the version a client would have read. */
	record SeededIdea(long id, long version) {
	}

	/** Ideas waiting at the screening gate; answers them with their versions. */
	List<SeededIdea> inScreening(int count) {
		List<Long> ids = insert(count, (index) -> "draft", false);
		start(ids);
		return this.jdbc.query("select id, version from idea where id between ? and ? order by id",
				(row, number) -> new SeededIdea(row.getLong(1), row.getLong(2)), ids.get(0), ids.get(ids.size() - 1));
	}

	/**
	 * Active ideas, spread over the active columns in the shares of {@link ActiveStage}.
	 */
	void active(int count) {
		List<Long> ids = insert(count, (index) -> "draft", false);
		List<ActiveStage> spread = spread(count);
		inBatches(ids, "started", (batch, offset) -> {
			for (int index = 0; index < batch.size(); index++) {
				startIn(batch.get(index), spread.get(offset + index));
			}
		});
	}

	/** Ended ideas, spread over the end columns; rows only. */
	void ended(int count) {
		List<String> stages = new ArrayList<>();
		ENDED.forEach((stage, percent) -> stages.addAll(java.util.Collections.nCopies(percent, stage)));
		insert(count, (index) -> stages.get(index % stages.size()), true);
	}

	/**
	 * Brings PostgreSQL's planner statistics up to date after a bulk load, as its manual
	 * advises ("Populating a Database": run ANALYZE afterwards). Autovacuum does the same
	 * on its own, but up to a minute or more later: until then the engine's task query of
	 * the board, planned for the tables as they were before the load (36 tasks expected,
	 * 9,512 found), took about 106 ms instead of under 8 (docs/benchmarks.md, 2). A
	 * database that grows idea by idea never meets that. H2 analyses by itself as rows
	 * change.
	 */
	void analyze() {
		if (this.database == CivicLabInstance.Database.POSTGRESQL) {
			this.jdbc.execute("analyze");
		}
	}

	private static List<ActiveStage> spread(int count) {
		List<ActiveStage> pattern = new ArrayList<>();
		for (ActiveStage stage : ActiveStage.values()) {
			pattern.addAll(java.util.Collections.nCopies(stage.percent, stage));
		}
		List<ActiveStage> spread = new ArrayList<>(count);
		for (int index = 0; index < count; index++) {
			spread.add(pattern.get(index % pattern.size()));
		}
		return spread;
	}

	/**
	 * Starts the idea's process at its column's element, as the engine's process instance
	 * modification allows, with the variables that submission and the earlier gates give:
	 * one engine command, and the stage tracker moves the row as for any other start.
	 */
	private void startIn(Long ideaId, ActiveStage target) {
		String submitter = (String) this.submitters.get((int) (ideaId % this.submitters.size())).get("username");
		if (target == ActiveStage.SCREENING) {
			this.pipeline.start(ideaId, submitter);
			return;
		}
		Date farAway = Date.from(Instant.now().plus(Duration.ofDays(365)));
		this.runtime.createProcessInstanceByKey(PipelineProcess.KEY)
			.businessKey(ideaId.toString())
			.setVariables(Map.of("ideaId", ideaId, "submitter", submitter, "screeningEscalationAfter", "P14D",
					"benefitReviewCycle", "R8/P90D", "outcome", "GO", "testEndsAt", farAway, "testRemindAt", farAway,
					"wakeUpAt", farAway))
			.startBeforeActivity(target.element)
			.execute();
	}

	private void start(List<Long> ids) {
		inBatches(ids, "started", (batch, offset) -> batch.forEach((id) -> this.pipeline.start(id,
				(String) this.submitters.get((int) (id % this.submitters.size())).get("username"))));
	}

	/**
	 * Works through the ideas in batches of {@link #BATCH}, one transaction each, on
	 * {@link #THREADS} threads.
	 */
	private void inBatches(List<Long> ids, String what, BiConsumer<List<Long>, Integer> work) {
		long begin = System.nanoTime();
		AtomicInteger done = new AtomicInteger();
		ExecutorService threads = Executors.newFixedThreadPool(THREADS);
		try {
			List<Future<?>> batches = new ArrayList<>();
			for (int from = 0; from < ids.size(); from += BATCH) {
				int offset = from;
				List<Long> batch = ids.subList(from, Math.min(ids.size(), from + BATCH));
				batches.add(threads.submit(() -> {
					this.transactions.executeWithoutResult((status) -> work.accept(batch, offset));
					progress(what, done.addAndGet(batch.size()), ids.size(), begin);
				}));
			}
			for (Future<?> batch : batches) {
				batch.get();
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
		catch (ExecutionException ex) {
			throw new IllegalStateException("Seeding failed", ex.getCause());
		}
		finally {
			threads.shutdownNow();
		}
	}

	private static void progress(String what, int done, int of, long begin) {
		System.out.printf("Seeding: %s %d of %d ideas in %.0f s%n", what, done, of, (System.nanoTime() - begin) / 1e9);
	}

	/** Writes idea rows with fresh ids from idea_seq's range; answers their ids. */
	private synchronized List<Long> insert(int count, java.util.function.IntFunction<String> stage, boolean ended) {
		long first = this.jdbc.queryForObject("select coalesce(max(id), 0) + 1 from idea", Long.class);
		this.jdbc.execute("alter sequence idea_seq restart with " + (first + count));
		OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
		List<Long> ids = new ArrayList<>(count);
		List<Object[]> rows = new ArrayList<>(BATCH);
		for (int index = 0; index < count; index++) {
			long id = first + index;
			ids.add(id);
			Map<String, Object> submitter = this.submitters.get((int) (id % this.submitters.size()));
			OffsetDateTime created = now.minusDays(30 + id % 700).minusMinutes(id % 1440);
			OffsetDateTime entered = ended ? now.minusDays(id % 600) : now;
			rows.add(new Object[] { id, "IDEA-%d-%04d".formatted(created.getYear(), id),
					"Benchmark idea " + id + ": shorter queues at the " + (id % 7 == 0 ? "library" : "service desk"),
					"Residents wait too long for an answer they could get at once.",
					"Try it in one district for eight weeks, then decide.", "Residents",
					submitter.get("organisation_id"), "Department " + (id % 12), submitter.get("id"),
					stage.apply(index), entered, created, created, ended ? entered : null });
			if (rows.size() == BATCH || index == count - 1) {
				this.jdbc.batchUpdate(INSERT, rows);
				rows.clear();
			}
		}
		return ids;
	}

}
