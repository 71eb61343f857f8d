package org.civiclab;

import java.net.CookieManager;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

import org.civiclab.IdeaDriver.Stage;
import org.civiclab.testdb.TestPostgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.civiclab.ApiClient.decision;
import static org.civiclab.ApiClient.scores;

/**
 * Two nodes on one PostgreSQL, as behind a load balancer (docs/adr/0016): people act on
 * both at once, and on the same idea from both (one wins, the other gets 409); every
 * timer fires exactly once although both job executors watch for it; a node killed with
 * {@code kill -9} while it holds jobs it has not finished leaves them to the other node,
 * which takes them once their lock expires (the test catches the node with its jobs taken
 * by locking their rows the moment the node has locked them, then kills it); a person
 * signed in on the killed node goes on with the same cookies on the other. Runs with
 * {@code mvn verify -Ppostgres}: H2's files cannot be shared by two processes.
 */
@EnabledIfSystemProperty(named = "civiclab.test.database", matches = "postgres",
		disabledReason = "two nodes need a database server: mvn verify -Ppostgres")
class ClusterIT {

	/**
	 * How long a node's lock on a job it took lasts; short, so the test need not wait.
	 */
	static final Duration LOCK_TIME = Duration.ofSeconds(8);

	/**
	 * Long enough that a reminder taken over after a lock expired still comes before its
	 * time box ends: the end cancels the reminder that has not fired yet.
	 */
	static final Duration REMINDER_BEFORE = Duration.ofSeconds(20);

	/** When the reminders fall due, counted from the plan decisions. */
	static final Duration REMINDERS_DUE = Duration.ofSeconds(6);

	/** Ideas whose time boxes end together, in each of the two waves. */
	static final int IDEAS_PER_WAVE = 12;

	/** Ideas screened by two people on two nodes at the same moment. */
	static final int CONTESTED = 4;

	/**
	 * Each node runs its jobs one at a time and takes many at once, so that a node holds
	 * locked jobs it has not yet run for a while; and looks for due jobs often.
	 */
	static final List<String> NODE_SETTINGS = List.of(
			"--camunda.bpm.job-execution.lock-time-in-millis=" + LOCK_TIME.toMillis(),
			"--camunda.bpm.job-execution.wait-time-in-millis=300", "--camunda.bpm.job-execution.max-wait=1000",
			"--camunda.bpm.job-execution.max-jobs-per-acquisition=30", "--camunda.bpm.job-execution.core-pool-size=1",
			"--camunda.bpm.job-execution.max-pool-size=1", "--camunda.bpm.job-execution.queue-capacity=30",
			"--civiclab.pipeline.time-box-reminder-before=" + REMINDER_BEFORE);

	static final String REMINDER = "TIME_BOX_ENDING";

	static final String DECIDE_AFTER_TIME_BOX = "UserTask_DecideAfterTimeBox";

	static final ObjectMapper JSON = new ObjectMapper();

	@TempDir
	Path dir;

	private final ExecutorService people = Executors.newFixedThreadPool(4);

	/** The mail server both nodes send to: every mail must arrive once. */
	private final GreenMail mailServer = new GreenMail(
			new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());

	@Test
	void twoNodesShareTheWorkAndOneTakesOverWhenTheOtherIsKilled() throws Exception {
		Instant began = Instant.now();
		Path database = this.dir.resolve("database");
		this.mailServer.start();
		List<String> settings = new ArrayList<>(NODE_SETTINGS);
		settings.addAll(List.of("--spring.mail.host=127.0.0.1",
				"--spring.mail.port=" + this.mailServer.getSmtp().getPort(), "--civiclab.mail.poll-interval=PT0.5S"));
		// One after the other: the first makes the engine's tables and the demo.
		try (AppNode a = AppNode.start("a", this.dir.resolve("a"), database, settings)) {
			a.awaitReady();
			try (AppNode b = AppNode.start("b", this.dir.resolve("b"), database, settings);
					Connection sql = TestPostgres.connect(database)) {
				b.awaitReady();
				exercise(a, b, database, sql, began);
			}
		}
		finally {
			this.people.shutdownNow();
			this.mailServer.stop();
		}
	}

	private void exercise(AppNode a, AppNode b, Path database, Connection sql, Instant began) throws Exception {
		Instant ready = Instant.now();
		Browser lena = new Browser();
		lena.signIn(a, "lena");
		assertThat(lena.send(b, "GET", "/api/session", null).statusCode()).as("signed in on A, known on B")
			.isEqualTo(200);

		assertSignInGuessesAreCountedOnceForBothNodes(a, b);

		List<Long> firstWave = preparedForPlanning(a, b, IDEAS_PER_WAVE, "First wave");
		List<Long> secondWave = preparedForPlanning(a, b, IDEAS_PER_WAVE, "Second wave");
		assertOneOfTwoScreeningsWins(a, b);

		// Wave one: both nodes' job executors compete for the timers.
		Set<String> lockOwners = new HashSet<>();
		planWithTimeBoxEnding(a, b, firstWave, Instant.now().plus(REMINDERS_DUE).plus(REMINDER_BEFORE));
		awaitTrue("wave one's timers fired", Duration.ofSeconds(90), () -> {
			lockOwners.addAll(lockOwners(sql));
			return timeBoxesOver(sql, firstWave);
		}, () -> effects(sql, firstWave) + "; jobs left: " + describeJobs(sql, firstWave));
		assertEachMailArrivedOnce(sql);

		// Wave two: B pauses, A takes the timers and is killed in the middle of them. The
		// moment A has locked them, the test locks their rows too, so A's first job
		// cannot
		// finish: A is caught holding jobs it took, as a node that dies under load would.
		planWithTimeBoxEnding(a, b, secondWave, Instant.now().plus(REMINDERS_DUE).plus(REMINDER_BEFORE));
		b.pause();
		Set<String> heldByA = new HashSet<>();
		Instant locksExpire;
		try (Connection rowLocks = TestPostgres.connect(database)) {
			rowLocks.setAutoCommit(false);
			awaitTrue("node A holds wave two's jobs", Duration.ofSeconds(60), () -> {
				heldByA.addAll(holdLockedJobs(rowLocks, secondWave));
				return !heldByA.isEmpty();
			});
			a.kill();
			locksExpire = earliestLockExpiry(sql, heldByA);
			rowLocks.rollback();
		}
		Instant killed = Instant.now();
		Set<String> unfinished = new HashSet<>(heldByA);
		unfinished.retainAll(jobs(sql, secondWave));
		assertThat(unfinished).as("jobs node A had taken but not finished when it was killed").isNotEmpty();
		b.resume();
		awaitTrue("node B took over node A's unfinished jobs", Duration.ofSeconds(60),
				() -> Collections.disjoint(jobs(sql, secondWave), unfinished));
		Instant tookOver = Instant.now();
		Duration takeover = Duration.between(killed, tookOver);
		awaitTrue("wave two's timers fired", Duration.ofSeconds(90), () -> timeBoxesOver(sql, secondWave),
				() -> effects(sql, secondWave) + "; jobs left: " + describeJobs(sql, secondWave) + "; see " + b.log());

		// What the people see, on the node that is left.
		ApiClient lenaOnB = ApiClient.as("lena", b.port());
		Map<Long, Long> decideAfterTimeBox = openTasksByIdea(lenaOnB, "Decide after time box");
		long reminders = 0;
		long ends = 0;
		for (long id : concat(firstWave, secondWave)) {
			JsonNode idea = lenaOnB.idea(id);
			List<String> remindersOfIdea = idea.path("timeline")
				.findValuesAsText("action")
				.stream()
				.filter(REMINDER::equals)
				.toList();
			assertThat(remindersOfIdea).as("reminders in idea %d's timeline", id).hasSize(1);
			assertThat(decideAfterTimeBox.get(id)).as("decisions after the time box open on idea %d", id).isEqualTo(1L);
			assertThat(lenaOnB.decisions(id).findValuesAsText("gate")).as("decisions on idea %d", id)
				.containsExactly("SCREENING", "PLAN");
			reminders += remindersOfIdea.size();
			ends += decideAfterTimeBox.get(id);
		}
		assertThat(tookOver).as("B waits for A's locks to expire").isAfterOrEqualTo(locksExpire);

		HttpResponse<String> stillSignedIn = lena.send(b, "GET", "/api/session", null);
		HttpResponse<String> idea = lena.send(b, "POST", "/api/ideas",
				ApiClient.newIdea("Written after node A went away").toString());
		assertThat(stillSignedIn.statusCode()).as("the session outlives node A").isEqualTo(200);
		assertThat(JSON.readTree(stillSignedIn.body()).path("username").asText()).isEqualTo("lena");
		assertThat(idea.statusCode()).as(idea.body()).isEqualTo(201);

		Files.writeString(Path.of("target/cluster-last-run.txt"),
				"two nodes ready after %ds; %s %d ideas; timers fired: %d reminders and %d time-box ends, each once;"
					.formatted(Duration.between(began, ready).toSeconds(), this.signInStorm, 2 * IDEAS_PER_WAVE,
							reminders, ends)
						+ " lock owners seen in wave one: %d; jobs node A held when killed: %d, unfinished and taken over by B: %d, %d ms after the kill; contested screenings: %d, each one 201 and one 409; whole test %ds%n"
							.formatted(lockOwners.size(), heldByA.size(), unfinished.size(), takeover.toMillis(),
									CONTESTED, Duration.between(began, Instant.now()).toSeconds()),
				StandardCharsets.UTF_8);
	}

	/**
	 * Forty sign-ins for one user at the same moment, half to each node, the right
	 * password sent 38th: together the nodes check no more passwords than one node would
	 * (docs/adr/0011), and refuse the right one.
	 */
	private void assertSignInGuessesAreCountedOnceForBothNodes(AppNode a, AppNode b) throws Exception {
		int attempts = 40;
		int right = 37;
		HttpClient http = HttpClient.newHttpClient();
		CyclicBarrier together = new CyclicBarrier(attempts);
		ExecutorService guessers = Executors.newFixedThreadPool(attempts);
		List<Integer> statuses = new ArrayList<>();
		try {
			List<Future<Integer>> sent = new ArrayList<>();
			for (int n = 0; n < attempts; n++) {
				String password = (n == right) ? ApiClient.PASSWORD : "guess-" + n;
				HttpRequest request = HttpRequest.newBuilder(((n % 2 == 0) ? a : b).uri("/api/session"))
					.header("Content-Type", "application/json")
					.header("Cookie", "XSRF-TOKEN=guess")
					.header("X-XSRF-TOKEN", "guess")
					.POST(BodyPublishers.ofString("{\"username\":\"erik\",\"password\":\"" + password + "\"}"))
					.build();
				boolean late = n >= right;
				sent.add(guessers.submit(() -> {
					together.await();
					if (late) {
						// Sent a moment after the first ones, as the review's 38th was.
						Thread.sleep(150);
					}
					return http.send(request, BodyHandlers.discarding()).statusCode();
				}));
			}
			for (Future<Integer> status : sent) {
				statuses.add(status.get());
			}
		}
		finally {
			guessers.shutdownNow();
		}
		long checked = statuses.stream().filter((status) -> status == 401 || status == 200).count();
		assertThat(statuses).allMatch((status) -> status == 401 || status == 429 || status == 200);
		assertThat(checked).as("passwords checked by both nodes: %s", statuses).isLessThanOrEqualTo(5);
		assertThat(statuses.get(right)).as("the right password, sent %dth", right + 1).isEqualTo(429);
		this.signInStorm = "sign-in storm on both nodes: %d attempts, %d passwords checked;".formatted(attempts,
				checked);
	}

	private String signInStorm = "";

	/** Ideas written and submitted by anna, screened by lena, with a test card each. */
	/**
	 * Both nodes poll the mail outbox: once it is empty, every mail it sent arrived once
	 * (each carries its outbox id), the time box reminders of wave one among them.
	 */
	private void assertEachMailArrivedOnce(Connection sql) throws Exception {
		awaitTrue("the mail outbox sent everything", Duration.ofSeconds(60),
				() -> count(sql, "select count(*) from outgoing_mail where sent_at is null") == 0);
		List<String> ids = new ArrayList<>();
		List<String> reminders = new ArrayList<>();
		for (jakarta.mail.internet.MimeMessage message : this.mailServer.getReceivedMessages()) {
			ids.add(message.getHeader("X-CivicLab-Mail")[0]);
			if (message.getSubject().endsWith("time box ends soon")
					&& message.getAllRecipients()[0].toString().endsWith("@norrvik.example")) {
				reminders.add(message.getAllRecipients()[0] + " " + message.getSubject());
			}
		}
		long sent = count(sql, "select count(*) from outgoing_mail where sent_at is not null");
		assertThat(ids).as("mails received").hasSize((int) sent).doesNotHaveDuplicates();
		assertThat(reminders).as("wave one's reminders, to Norrvik's two lab leads")
			.hasSize(2 * IDEAS_PER_WAVE)
			.doesNotHaveDuplicates();
	}

	private List<Long> preparedForPlanning(AppNode a, AppNode b, int count, String title) throws Exception {
		return inParallel(IntStream.range(0, count).mapToObj((i) -> (Callable<Long>) () -> {
			int port = ((i % 2 == 0) ? a : b).port();
			return IdeaDriver.norrvik((username) -> ApiClient.as(username, port))
				.idea(title + " " + i)
				.withTestCard()
				.to(Stage.PLAN)
				.id();
		}).toList());
	}

	/**
	 * The same screening sent through both nodes at once: one wins, the other is told.
	 */
	private void assertOneOfTwoScreeningsWins(AppNode a, AppNode b) throws Exception {
		for (int i = 0; i < CONTESTED; i++) {
			long id = IdeaDriver.norrvik((username) -> ApiClient.as(username, a.port()))
				.idea("Contested " + i)
				.to(Stage.SCREENING)
				.id();
			long version = ApiClient.as("lena", a.port()).idea(id).path("version").asLong();
			CyclicBarrier together = new CyclicBarrier(2);
			List<Integer> statuses = inParallel(List.of(a, b).stream().map((node) -> (Callable<Integer>) () -> {
				ApiClient lena = ApiClient.as("lena", node.port());
				together.await();
				return lena
					.post("/api/ideas/{id}/decisions",
							decision("SCREENING", "GO", version).set("scores", scores(3, 3, 3, 3)), id)
					.status();
			}).toList());
			assertThat(statuses).as("screening idea %d on both nodes at once", id).containsExactlyInAnyOrder(201, 409);
			assertThat(ApiClient.as("lena", b.port()).decisions(id).size()).isOne();
		}
	}

	private void planWithTimeBoxEnding(AppNode a, AppNode b, List<Long> ideas, Instant endsAt) throws Exception {
		String end = endsAt.truncatedTo(ChronoUnit.SECONDS).toString();
		inParallel(IntStream.range(0, ideas.size()).mapToObj((i) -> (Callable<JsonNode>) () -> {
			ApiClient lena = ApiClient.as("lena", ((i % 2 == 0) ? b : a).port());
			long id = ideas.get(i);
			return lena.decide(id,
					decision("PLAN", "GO", lena.idea(id).path("version").asLong()).put("timeBoxEndsAt", end));
		}).toList());
	}

	private <T> List<T> inParallel(List<Callable<T>> tasks) throws Exception {
		List<T> results = new ArrayList<>();
		for (Future<T> done : this.people.invokeAll(tasks)) {
			results.add(done.get());
		}
		return results;
	}

	/**
	 * Both timers of every idea have fired: the reminder is written, the decision is
	 * open.
	 */
	private static boolean timeBoxesOver(Connection sql, List<Long> ideas) {
		return count(sql,
				"select count(*) from audit_event where action = '" + REMINDER + "' and idea_id in (" + ids(ideas)
						+ ")") == ideas.size()
				&& count(sql,
						"select count(*) from act_ru_task t join act_ru_execution e on e.id_ = t.proc_inst_id_"
								+ " where t.task_def_key_ = '" + DECIDE_AFTER_TIME_BOX + "' and e.business_key_ in ("
								+ keys(ideas) + ")") == ideas.size();
	}

	private static String effects(Connection sql, List<Long> ideas) {
		return "reminders by idea: "
				+ strings(sql,
						"select concat(idea_id, ':', count(*)) from audit_event where action = '" + REMINDER
								+ "' and idea_id in (" + ids(ideas) + ") group by idea_id")
				+ "; decisions after the time box open: "
				+ strings(sql,
						"select e.business_key_ from act_ru_task t join act_ru_execution e on e.id_ = t.proc_inst_id_"
								+ " where t.task_def_key_ = '" + DECIDE_AFTER_TIME_BOX + "' and e.business_key_ in ("
								+ keys(ideas) + ")");
	}

	private static Set<String> lockOwners(Connection sql) {
		return strings(sql, "select distinct lock_owner_ from act_ru_job where lock_owner_ is not null");
	}

	/**
	 * The jobs of these ideas' processes that a node has locked, their rows now locked by
	 * this connection's transaction as well (none if the node has not locked any yet).
	 */
	private static Set<String> holdLockedJobs(Connection sql, List<Long> ideas) {
		try {
			Set<String> held = strings(sql,
					"select j.id_ from act_ru_job j join act_ru_execution e on e.id_ = j.process_instance_id_"
							+ " where j.lock_owner_ is not null and e.business_key_ in (" + keys(ideas) + ")"
							+ " for update of j skip locked");
			if (held.isEmpty()) {
				sql.rollback();
			}
			return held;
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * The jobs of these ideas' processes as the database has them, for failure messages.
	 */
	private static Set<String> describeJobs(Connection sql, List<Long> ideas) {
		return strings(sql,
				"select concat_ws(' ', j.id_, j.type_, j.duedate_, j.lock_owner_, j.lock_exp_time_, j.retries_,"
						+ " j.exception_msg_) from act_ru_job j join act_ru_execution e on e.id_ = j.process_instance_id_"
						+ " where e.business_key_ in (" + keys(ideas) + ")");
	}

	private static Instant earliestLockExpiry(Connection sql, Set<String> jobs) {
		String query = "select min(lock_exp_time_) from act_ru_job where id_ in ("
				+ jobs.stream().map((id) -> "'" + id + "'").collect(Collectors.joining(",")) + ")";
		try (PreparedStatement statement = sql.prepareStatement(query); ResultSet rows = statement.executeQuery()) {
			rows.next();
			return (rows.getTimestamp(1) != null) ? rows.getTimestamp(1).toInstant() : Instant.MAX;
		}
		catch (SQLException ex) {
			throw new IllegalStateException(query, ex);
		}
	}

	private static Set<String> jobs(Connection sql, List<Long> ideas) {
		return strings(sql, "select j.id_ from act_ru_job j join act_ru_execution e on e.id_ = j.process_instance_id_"
				+ " where e.business_key_ in (" + keys(ideas) + ")");
	}

	/** Open tasks of this name among lena's, by idea. */
	private static Map<Long, Long> openTasksByIdea(ApiClient lena, String name) {
		Map<Long, Long> byIdea = new HashMap<>();
		lena.get("/api/tasks/mine").expect(200).forEach((task) -> {
			if (task.path("name").asText().equals(name)) {
				byIdea.merge(task.path("ideaId").asLong(), 1L, Long::sum);
			}
		});
		return byIdea;
	}

	private static long count(Connection sql, String query) {
		try (PreparedStatement statement = sql.prepareStatement(query); ResultSet rows = statement.executeQuery()) {
			rows.next();
			return rows.getLong(1);
		}
		catch (SQLException ex) {
			throw new IllegalStateException(query, ex);
		}
	}

	private static Set<String> strings(Connection sql, String query) {
		Set<String> found = new HashSet<>();
		try (PreparedStatement statement = sql.prepareStatement(query); ResultSet rows = statement.executeQuery()) {
			while (rows.next()) {
				found.add(rows.getString(1));
			}
			return found;
		}
		catch (SQLException ex) {
			throw new IllegalStateException(query, ex);
		}
	}

	private static String ids(List<Long> ideas) {
		return ideas.stream().map(String::valueOf).collect(Collectors.joining(","));
	}

	private static String keys(List<Long> ideas) {
		return ideas.stream().map((id) -> "'" + id + "'").collect(Collectors.joining(","));
	}

	private static List<Long> concat(List<Long> first, List<Long> second) {
		List<Long> all = new ArrayList<>(first);
		all.addAll(second);
		return all;
	}

	private static void awaitTrue(String what, Duration timeout, BooleanSupplier condition) {
		awaitTrue(what, timeout, condition, () -> "");
	}

	private static void awaitTrue(String what, Duration timeout, BooleanSupplier condition, Supplier<String> state) {
		try {
			await(what).atMost(timeout)
				.pollDelay(Duration.ZERO)
				.pollInterval(Duration.ofMillis(20))
				.until(condition::getAsBoolean);
		}
		catch (ConditionTimeoutException ex) {
			throw new AssertionError("Not within " + timeout.toSeconds() + " s: " + what + "; " + state.get(), ex);
		}
	}

	/**
	 * A person in a browser: a session cookie and the CSRF token, whichever node answers.
	 */
	private static final class Browser {

		private final CookieManager cookies = new CookieManager();

		private final HttpClient http = HttpClient.newBuilder().cookieHandler(this.cookies).build();

		void signIn(AppNode node, String username) throws Exception {
			send(node, "GET", "/api/session/demo-users", null);
			HttpResponse<String> signedIn = send(node, "POST", "/api/session",
					"{\"username\":\"" + username + "\",\"password\":\"" + ApiClient.PASSWORD + "\"}");
			assertThat(signedIn.statusCode()).as(signedIn.body()).isEqualTo(200);
			// As the web app does after signing in: a read, which brings the new CSRF
			// token.
			send(node, "GET", "/api/session", null);
		}

		HttpResponse<String> send(AppNode node, String method, String path, String body) throws Exception {
			HttpRequest.Builder request = HttpRequest.newBuilder(node.uri(path))
				.timeout(Duration.ofSeconds(30))
				.method(method, (body != null) ? BodyPublishers.ofString(body) : BodyPublishers.noBody())
				.header("Content-Type", "application/json")
				.header("Accept", "application/json, application/problem+json");
			ApiClient.cookie(this.cookies, ApiClient.CSRF_COOKIE)
				.ifPresent((token) -> request.header("X-XSRF-TOKEN", token));
			return this.http.send(request.build(), BodyHandlers.ofString());
		}

	}

}
