package org.civiclab.webhook;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpServer;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.civiclab.ApiClient;
import org.civiclab.AtOnce;
import org.civiclab.IdeaDriver;
import org.civiclab.IdeaDriver.DrivenIdea;
import org.civiclab.IdeaDriver.Stage;
import org.civiclab.idea.IdeaEvent;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.civiclab.ApiClient.object;

/**
 * An organisation's webhook, through the whole application, to a receiver on the
 * loopback: signed deliveries it verifies, retries after it failed, nothing from a
 * transaction that rolled back; another organisation's admin finds none, and bad input
 * stores none.
 */
class WebhookIT extends ApiClient.FullStack {

	private static final String SECRET = "a secret of the receiver's, long enough";

	private static final Duration PATIENCE = Duration.ofSeconds(30);

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private ApplicationEventPublisher events;

	@Autowired
	private TransactionTemplate transactions;

	@Autowired
	private WebhookDeliveries deliveries;

	@Autowired
	private RuntimeService processes;

	@Autowired
	private ManagementService jobs;

	private final ObjectMapper json = new ObjectMapper();

	private Receiver receiver;

	private long norrvik;

	private final List<Long> made = new ArrayList<>();

	@BeforeEach
	void startTheReceiver() throws IOException {
		this.receiver = new Receiver();
		this.norrvik = as("admin").get("/api/me").expect(200).path("organisationId").asLong();
	}

	@AfterEach
	void stopTheReceiverAndDeleteTheWebhooks() {
		this.made.forEach((id) -> as("admin").delete(PATH + "/{webhookId}", this.norrvik, id));
		this.receiver.stop();
	}

	private static final String PATH = "/api/admin/organisations/{organisationId}/webhooks";

	@Test
	void aGateDecisionReachesTheReceiverSignedWithTheSecretAndWithoutPersonalData() throws Exception {
		long webhook = add(this.receiver.url(), "GATE_DECIDED");
		DrivenIdea idea = IdeaDriver.norrvik(this::as).idea("Signed deliveries").to(Stage.SCREENING);

		idea.to(Stage.PLAN);

		Received received = this.receiver.awaitFor(idea.id(), 1).get(0);
		assertThat(received.header("X-CivicLab-Signature")).isEqualTo(hmac(SECRET, received.body()));
		assertThat(received.header("Content-Type")).isEqualTo("application/json");
		assertThat(received.header("X-CivicLab-Event")).isEqualTo("GATE_DECIDED");
		JsonNode payload = this.json.readTree(received.body());
		assertThat(received.header("X-CivicLab-Delivery")).isEqualTo(payload.path("id").asText());
		assertThat(payload.path("event").asText()).isEqualTo("GATE_DECIDED");
		assertThat(payload.path("idea").path("reference").asText()).isEqualTo(idea.reference());
		assertThat(payload.path("idea").path("title").asText()).isEqualTo("Signed deliveries");
		assertThat(payload.path("idea").path("stage").asText()).isEqualTo("plan");
		assertThat(payload.path("idea").path("url").asText()).endsWith("/ideas/" + idea.id());
		assertThat(payload.path("organisation").path("id").asLong()).isEqualTo(this.norrvik);
		assertThat(Instant.parse(payload.path("occurredAt").asText())).isBefore(Instant.now());
		assertThat(new String(received.body(), StandardCharsets.UTF_8)).doesNotContain("anna", "Anna", "lena", "Lena",
				"@");
		JsonNode log = awaitDelivered(webhook, idea.reference());
		assertThat(log.path("attempts").asInt()).isEqualTo(1);
		assertThat(log.path("lastStatus").asInt()).isEqualTo(204);
		assertThat(log.path("event").asText()).isEqualTo("GATE_DECIDED");
	}

	@Test
	void aReceiverThatAnswers500TwiceGetsTheSameDeliveryAgainUntilItTakesIt() throws Exception {
		long webhook = add(this.receiver.url(), "IDEA_SUBMITTED");
		this.receiver.answer(500, 500);

		DrivenIdea idea = IdeaDriver.norrvik(this::as).idea("Retried deliveries").to(Stage.SCREENING);

		List<Received> received = this.receiver.awaitFor(idea.id(), 3);
		JsonNode log = awaitDelivered(webhook, idea.reference());
		assertThat(received).extracting((request) -> request.header("X-CivicLab-Delivery"))
			.containsOnly(log.path("id").asText());
		assertThat(received).extracting(Received::status).containsExactly(500, 500, 204);
		assertThat(log.path("attempts").asInt()).isEqualTo(3);
		assertThat(log.path("lastStatus").asInt()).isEqualTo(204);
		assertThat(log.path("lastError").isNull()).isTrue();
		assertThat(Duration.between(received.get(0).at(), received.get(2).at()))
			.isGreaterThanOrEqualTo(Duration.ofSeconds(3)); // 1 s, then 2 s of back-off
	}

	@Test
	void aTimerOfTheModelReachesTheReceiverWithTheStageItMovedTheIdeaTo() throws Exception {
		add(this.receiver.url(), "SHELF_WOKE_UP");
		DrivenIdea idea = IdeaDriver.norrvik(this::as).idea("Woken from the shelf").to(Stage.SHELF);
		ProcessInstance process = this.processes.createProcessInstanceQuery()
			.processInstanceBusinessKey(Long.toString(idea.id()))
			.singleResult();

		List<Job> timers = this.jobs.createJobQuery().processInstanceId(process.getId()).timers().list();
		timers.forEach((timer) -> this.jobs.executeJob(timer.getId()));

		assertThat(timers).isNotEmpty();
		JsonNode payload = this.json.readTree(this.receiver.awaitFor(idea.id(), 1).get(0).body());
		assertThat(payload.path("event").asText()).isEqualTo("SHELF_WOKE_UP");
		assertThat(payload.path("idea").path("stage").asText()).isNotEqualTo("shelf")
			.isEqualTo(as("lena").idea(idea.id()).path("stage").asText());
	}

	@Test
	void anEventWhoseTransactionRollsBackDeliversNothing() throws Exception {
		long webhook = add(this.receiver.url(), "GATE_DECIDED");
		DrivenIdea idea = IdeaDriver.norrvik(this::as).idea("A decision that rolled back").to(Stage.SCREENING);

		this.transactions.executeWithoutResult((status) -> {
			this.events.publishEvent(IdeaEvent.of(idea.id(), null, IdeaEvent.Kind.GATE_DECIDED));
			status.setRollbackOnly();
		});
		assertThat(deliveriesOf(webhook)).isZero();
		this.transactions.executeWithoutResult(
				(status) -> this.events.publishEvent(IdeaEvent.of(idea.id(), null, IdeaEvent.Kind.GATE_DECIDED)));

		assertThat(deliveriesOf(webhook)).isEqualTo(1);
		assertThat(this.receiver.awaitFor(idea.id(), 1)).hasSize(1);
	}

	@Test
	void aDeliveryIsClaimedByOneOfManyPollersAtOnce() throws Exception {
		long webhook = add(this.receiver.url(), "GATE_DECIDED");
		String id = UUID.randomUUID().toString();
		Instant now = Instant.now();
		// Due in an hour: the application's own poller leaves it alone meanwhile.
		this.deliveries.add(id, webhook, "GATE_DECIDED", 0, "NOR-TEST", "{}", now.plus(Duration.ofHours(1)));

		List<Boolean> claimed = AtOnce.run(8, (poller) -> () -> this.deliveries.claim(id, now, now.plusSeconds(60)));

		assertThat(claimed).containsOnlyOnce(true).hasSize(8);
		assertThat(this.deliveries.claim(id, now.plusSeconds(61), now.plusSeconds(120)))
			.as("a claim that ran out is taken over")
			.isTrue();
	}

	@Test
	void aDraftsEventsAndKindsNotSubscribedToAreNotSent() throws Exception {
		long webhook = add(this.receiver.url(), "IDEA_SUBMITTED");
		DrivenIdea draft = IdeaDriver.norrvik(this::as).idea("Still a draft").to(Stage.DRAFT);

		this.transactions.executeWithoutResult(
				(status) -> this.events.publishEvent(IdeaEvent.of(draft.id(), null, IdeaEvent.Kind.IDEA_SUBMITTED)));
		DrivenIdea screened = IdeaDriver.norrvik(this::as).idea("Screened, not told").to(Stage.PLAN);

		assertThat(
				this.jdbc.queryForList("select event from webhook_delivery where webhook_id = ? and idea_id in (?, ?)",
						String.class, webhook, draft.id(), screened.id()))
			.containsExactly("IDEA_SUBMITTED");
	}

	@Test
	void anotherOrganisationsAdminFindsNoWebhookWhileTheRegionsAdminManagesIt() {
		long webhook = add(this.receiver.url(), "GATE_DECIDED");
		ApiClient per = as("per");

		per.get(PATH, this.norrvik).problem(404);
		per.post(PATH, request(this.receiver.url(), SECRET, "GATE_DECIDED"), this.norrvik).problem(404);
		per.put(PATH + "/{webhookId}", request("http://127.0.0.1:1/elsewhere", null, "GATE_DECIDED"), this.norrvik,
				webhook)
			.problem(404);
		per.get(PATH + "/{webhookId}/deliveries", this.norrvik, webhook).problem(404);
		per.delete(PATH + "/{webhookId}", this.norrvik, webhook).problem(404);
		as("lena").get(PATH, this.norrvik).problem(403);

		JsonNode listed = as("regina").get(PATH, this.norrvik).expect(200);
		assertThat(listed.findValuesAsText("url")).contains(this.receiver.url());
		assertThat(this.jdbc.queryForObject("select url from webhook where id = ?", String.class, webhook))
			.isEqualTo(this.receiver.url());
	}

	@Test
	void aWebhookIsChangedKeepingItsSecretAndNoAnswerOrAuditShowsTheSecret() throws Exception {
		long webhook = add(this.receiver.url(), "GATE_DECIDED");

		JsonNode changed = as("admin")
			.put(PATH + "/{webhookId}",
					request(this.receiver.url(), null, "IDEA_SUBMITTED", "COMMENT_ADDED").put("enabled", false),
					this.norrvik, webhook)
			.expect(200);

		assertThat(changed.path("enabled").asBoolean()).isFalse();
		assertThat(this.json.convertValue(changed.path("events"), String[].class)).containsExactly("IDEA_SUBMITTED",
				"COMMENT_ADDED");
		assertThat(this.jdbc.queryForObject("select secret from webhook where id = ?", String.class, webhook))
			.isEqualTo(SECRET);
		String listed = as("admin").get(PATH, this.norrvik).json().toString();
		assertThat(listed).contains(this.receiver.url()).doesNotContain(SECRET);
		assertThat(this.jdbc.queryForList(
				"select details from audit_event where record_type = 'webhook' and record_id = ? order by id",
				String.class, webhook))
			.hasSize(2)
			.noneMatch((details) -> details.contains(SECRET));
	}

	@Test
	void aBadAddressSecretOrEventIsRefusedNamingTheFieldAndNothingIsStored() {
		long before = this.jdbc.queryForObject("select count(*) from webhook", Long.class);
		ApiClient admin = as("admin");

		JsonNode scheme = admin.post(PATH, request("ftp://127.0.0.1/hook", SECRET, "GATE_DECIDED"), this.norrvik)
			.problem(400);
		JsonNode secret = admin.post(PATH, request(this.receiver.url(), "too short", "GATE_DECIDED"), this.norrvik)
			.problem(400);
		JsonNode noSecret = admin.post(PATH, request(this.receiver.url(), null, "GATE_DECIDED"), this.norrvik)
			.problem(400);
		JsonNode unknown = admin.post(PATH, request(this.receiver.url(), SECRET, "IDEA_BURNED"), this.norrvik)
			.problem(400);
		JsonNode none = admin.post(PATH, request(this.receiver.url(), SECRET), this.norrvik).problem(400);

		assertThat(scheme.path("errors").findValuesAsText("field")).containsExactly("url");
		assertThat(secret.path("errors").findValuesAsText("field")).containsExactly("secret");
		assertThat(noSecret.path("errors").findValuesAsText("field")).containsExactly("secret");
		assertThat(unknown.path("errors").findValuesAsText("field"))
			.satisfiesExactly((field) -> assertThat(field).startsWith("events"));
		assertThat(none.path("errors").findValuesAsText("field")).containsExactly("events");
		assertThat(this.jdbc.queryForObject("select count(*) from webhook", Long.class)).isEqualTo(before);
	}

	private long add(String url, String... events) {
		long id = as("admin").post(PATH, request(url, SECRET, events), this.norrvik).expect(201).path("id").asLong();
		this.made.add(id);
		return id;
	}

	private static ObjectNode request(String url, String secret, String... events) {
		ObjectNode request = object().put("url", url).put("secret", secret).put("enabled", true);
		ArrayNode kinds = request.putArray("events");
		for (String event : events) {
			kinds.add(event);
		}
		return request;
	}

	private long deliveriesOf(long webhook) {
		return this.jdbc.queryForObject("select count(*) from webhook_delivery where webhook_id = ?", Long.class,
				webhook);
	}

	private JsonNode awaitDelivered(long webhook, String reference) {
		return await("a delivery of " + reference + " marked delivered").atMost(PATIENCE)
			.pollDelay(Duration.ZERO)
			.pollInterval(Duration.ofMillis(200))
			.until(() -> delivered(webhook, reference), Optional::isPresent)
			.orElseThrow();
	}

	private Optional<JsonNode> delivered(long webhook, String reference) {
		for (JsonNode delivery : as("admin").get(PATH + "/{webhookId}/deliveries", this.norrvik, webhook).expect(200)) {
			if (delivery.path("ideaReference").asText().equals(reference) && !delivery.path("deliveredAt").isNull()) {
				return Optional.of(delivery);
			}
		}
		return Optional.empty();
	}

	private static String hmac(String secret, byte[] body) throws Exception {
		Mac mac = Mac.getInstance("HmacSHA256");
		mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
		return "sha256=" + HexFormat.of().formatHex(mac.doFinal(body));
	}

	/** A request the receiver got, and what it answered. */
	record Received(Instant at, List<String[]> headers, byte[] body, int status) {

		String header(String name) {
			return this.headers.stream()
				.filter((header) -> header[0].equalsIgnoreCase(name))
				.map((header) -> header[1])
				.findFirst()
				.orElse(null);
		}

	}

	/** A receiver on 127.0.0.1: answers as told (then 204) and keeps what it got. */
	final class Receiver {

		private final HttpServer server;

		private final ConcurrentLinkedQueue<Integer> answers = new ConcurrentLinkedQueue<>();

		private final List<Received> received = new CopyOnWriteArrayList<>();

		Receiver() throws IOException {
			this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
			this.server.createContext("/hook", (exchange) -> {
				byte[] body = exchange.getRequestBody().readAllBytes();
				Integer told = this.answers.poll();
				int status = (told != null) ? told : 204;
				List<String[]> headers = new ArrayList<>();
				exchange.getRequestHeaders()
					.forEach((name, values) -> values.forEach((value) -> headers.add(new String[] { name, value })));
				this.received.add(new Received(Instant.now(), headers, body, status));
				exchange.sendResponseHeaders(status, -1);
				exchange.close();
			});
			this.server.start();
		}

		String url() {
			return "http://127.0.0.1:" + this.server.getAddress().getPort() + "/hook";
		}

		void answer(Integer... statuses) {
			this.answers.addAll(List.of(statuses));
		}

		/** The requests about this idea, once there are this many. */
		List<Received> awaitFor(long ideaId, int count) {
			return await("the receiver's " + count + " requests about idea " + ideaId).atMost(PATIENCE)
				.pollDelay(Duration.ZERO)
				.pollInterval(Duration.ofMillis(100))
				.until(() -> about(ideaId), (about) -> about.size() >= count);
		}

		private List<Received> about(long ideaId) throws IOException {
			List<Received> about = new ArrayList<>();
			for (Received request : this.received) {
				if (WebhookIT.this.json.readTree(request.body()).path("idea").path("id").asLong() == ideaId) {
					about.add(request);
				}
			}
			return about;
		}

		void stop() {
			this.server.stop(0);
		}

	}

}
