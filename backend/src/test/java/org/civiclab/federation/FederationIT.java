package org.civiclab.federation;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

import org.civiclab.ApiClient;
import org.civiclab.CivicLabApplication;
import org.civiclab.IdeaDriver;
import org.civiclab.IdeaDriver.DrivenIdea;
import org.civiclab.IdeaDriver.Stage;
import org.civiclab.testdb.TestPostgres;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.civiclab.ApiClient.object;

/**
 * Two CivicLab installations on the loopback, each with its own data: B's region admin
 * adds A's address, and B's catalogue lists A's public pilots from A's open data, marked
 * with A's name and address, and none of A's others; with A stopped, B's catalogue still
 * answers from its cache, A's pilots marked stale (issue 17, Done when 3).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FederationIT {

	static final String INSTALLATION = "Norrvik's region";

	@TempDir
	static Path dataA;

	@TempDir
	static Path dataB;

	static ConfigurableApplicationContext a;

	static ConfigurableApplicationContext b;

	static DrivenIdea scaled;

	static DrivenIdea running;

	static List<DrivenIdea> unpublished = new ArrayList<>();

	@BeforeAll
	static void twoInstallations() {
		a = start(dataA);
		b = start(dataB);
		IdeaDriver norrvik = IdeaDriver.norrvik(clients(a));
		scaled = norrvik.idea("Night buses on demand").to(Stage.SCALED);
		running = norrvik.idea("Benches that charge phones").to(Stage.TEST);
		unpublished.add(norrvik.idea("A rota for the staff kitchen").publicIdea(false).to(Stage.TEST));
		unpublished.add(norrvik.idea("Not screened yet: street pianos").to(Stage.SCREENING));
		unpublished.add(norrvik.idea("A draft: roof gardens").to(Stage.DRAFT));
	}

	@AfterAll
	static void stop() {
		for (ConfigurableApplicationContext app : new ConfigurableApplicationContext[] { a, b }) {
			if (app != null && app.isActive()) {
				app.close();
			}
		}
	}

	@Test
	@Order(1)
	void bsCatalogueListsAsPublicPilotsMarkedWithTheirOriginAndNoneOfItsOthers() {
		ApiClient regina = as(b, "regina");
		JsonNode feed = regina
			.post("/api/admin/federation/feeds",
					object().put("url", address(a) + "/api/open/ideas").put("name", INSTALLATION))
			.expect(201);

		assertThat(feed.path("url").asText()).as("kept as the installation's address").isEqualTo(address(a));
		assertThat(feed.path("stale").asBoolean()).as("read at once: %s", feed).isFalse();
		assertThat(feed.path("lastError").isNull()).isTrue();
		JsonNode pilots = as(b, "sara").get("/api/catalogue/federated").expect(200);
		JsonNode pilot = find(pilots, scaled.reference());
		assertThat(pilot.path("installation").asText()).isEqualTo(INSTALLATION);
		assertThat(pilot.path("installationUrl").asText()).isEqualTo(address(a));
		assertThat(pilot.path("title").asText()).isEqualTo("Night buses on demand");
		assertThat(pilot.path("outcome").asText()).isEqualTo("SCALED");
		assertThat(pilot.path("lifecycleStage").asText()).isEqualTo("DIFFUSING_LESSONS");
		assertThat(pilot.path("address").asText()).isEqualTo(address(a) + "/public/ideas/" + scaled.reference());
		assertThat(pilot.path("stale").asBoolean()).isFalse();
		assertThat(find(pilots, running.reference()).path("stage").asText()).isEqualTo("test");
		for (DrivenIdea hidden : unpublished) {
			assertThat(pilots.toString()).doesNotContain(hidden.title());
			if (hidden.reference() != null) {
				assertThat(pilots.toString()).doesNotContain(hidden.reference());
			}
		}
		assertThat(as(b, "sara").get("/api/open/ideas?size=200").expect(200).toString())
			.as("A's pilots are never B's own records")
			.doesNotContain("Night buses on demand");
	}

	@Test
	@Order(2)
	void onlyARegionsAdminAddsAFeedAndABadAddressChangesNothing() {
		int before = as(b, "regina").get("/api/admin/federation/feeds").expect(200).size();

		as(b, "lena").post("/api/admin/federation/feeds", object().put("url", address(a)).put("name", "Again"))
			.problem(403);
		for (String bad : List.of("ftp://127.0.0.1/open", "file:///etc/passwd", "javascript:alert(1)",
				"http://user:secret@127.0.0.1", "not an address")) {
			JsonNode problem = as(b, "regina")
				.post("/api/admin/federation/feeds", object().put("url", bad).put("name", "Bad"))
				.problem(400);
			assertThat(problem.path("code").asText()).as(bad).isNotBlank();
			assertThat(problem.toString()).as(bad).contains("\"field\":\"url\"");
		}
		as(b, "regina").post("/api/admin/federation/feeds", object().put("url", address(a)).put("name", "Twice"))
			.problem(400);

		assertThat(as(b, "regina").get("/api/admin/federation/feeds").expect(200).size()).isEqualTo(before);
	}

	@Test
	@Order(3)
	void aFederatedPilotsAddressIsItsPublicPageOnTheOtherInstallation() throws Exception {
		JsonNode pilot = find(as(b, "sara").get("/api/catalogue/federated").expect(200), scaled.reference());
		HttpResponse<String> record = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create(address(a) + "/api/open/ideas/" + scaled.reference())).build(),
					HttpResponse.BodyHandlers.ofString());

		// The public page is the web app's route /public/ideas/{reference}
		// (app/router.tsx),
		// which the page's open data record backs; the SPA is not built into this test's
		// classpath, so the record is read.
		assertThat(pilot.path("address").asText()).isEqualTo(address(a) + "/public/ideas/" + scaled.reference());
		assertThat(record.statusCode()).isEqualTo(200);
		assertThat(record.body()).contains("Night buses on demand");
	}

	/**
	 * Adopting a federated pilot links the new idea to the pilot's address: B's lab lead
	 * starts an idea in Sjöstad from it, waiting at screening, its origin A's page.
	 */
	@Test
	@Order(4)
	void anAdoptionLinksBackToThePilotByItsAddress() {
		JsonNode pilot = find(as(b, "sara").get("/api/catalogue/federated").expect(200), scaled.reference());

		as(b, "sara")
			.post("/api/catalogue/federated/{feedId}/{reference}/adoptions", object(), pilot.path("feedId").asLong(),
					scaled.reference())
			.problem(403);
		JsonNode adopted = as(b, "jonas")
			.post("/api/catalogue/federated/{feedId}/{reference}/adoptions", object(), pilot.path("feedId").asLong(),
					scaled.reference())
			.expect(201);
		JsonNode idea = as(b, "jonas").get("/api/ideas/{id}", adopted.path("ideaId").asLong()).expect(200);

		assertThat(pilot.path("address").asText()).startsWith(address(a));
		assertThat(idea.path("stage").asText()).isEqualTo("screening");
		assertThat(idea.path("entryRoute").asText()).isEqualTo("REUSE");
		assertThat(idea.path("origin").path("url").asText()).isEqualTo(pilot.path("address").asText());
		assertThat(idea.path("origin").path("title").asText()).isEqualTo(pilot.path("title").asText());
		assertThat(idea.path("title").asText()).isEqualTo(pilot.path("title").asText());
		as(b, "jonas")
			.post("/api/catalogue/federated/{feedId}/{reference}/adoptions", object(), pilot.path("feedId").asLong(),
					"IDEA-2026-9999")
			.problem(404);
	}

	@Test
	@Order(5)
	void withTheOtherInstallationStoppedBsCatalogueStillAnswersMarkingItsPilotsStale() throws Exception {
		JsonNode before = find(as(b, "sara").get("/api/catalogue/federated").expect(200), scaled.reference());
		// B's poller may read A once more before it stops: the entry keeps the last read.
		a.close();
		Instant stopped = Instant.now();

		JsonNode feed = awaitStale(as(b, "regina"));
		JsonNode pilots = as(b, "sara").get("/api/catalogue/federated").expect(200);

		JsonNode pilot = find(pilots, scaled.reference());
		assertThat(pilot.path("stale").asBoolean()).isTrue();
		assertThat(pilot.path("title").asText()).isEqualTo("Night buses on demand");
		Instant lastRead = Instant.parse(pilot.path("fetchedAt").asText());
		assertThat(lastRead).as("when A was last read")
			.isAfterOrEqualTo(Instant.parse(before.path("fetchedAt").asText()))
			.isBeforeOrEqualTo(stopped);
		assertThat(find(pilots, running.reference()).path("stale").asBoolean()).isTrue();
		assertThat(Instant.parse(feed.path("lastSuccessAt").asText())).isEqualTo(lastRead);
		assertThat(Instant.parse(feed.path("lastAttemptAt").asText()))
			.isAfter(Instant.parse(feed.path("lastSuccessAt").asText()));
		assertThat(feed.path("lastError").asText()).contains("could not be read");
		assertThat(feed.path("pilots").asInt()).isEqualTo(pilots.size());
	}

	private static JsonNode awaitStale(ApiClient admin) {
		return await("B marking A's feed stale").atMost(Duration.ofSeconds(30))
			.pollDelay(Duration.ZERO)
			.pollInterval(Duration.ofMillis(200))
			.until(() -> staleFeed(admin), Optional::isPresent)
			.orElseThrow();
	}

	private static Optional<JsonNode> staleFeed(ApiClient admin) {
		for (JsonNode feed : admin.get("/api/admin/federation/feeds").expect(200)) {
			if (feed.path("name").asText().equals(INSTALLATION) && feed.path("stale").asBoolean()) {
				return Optional.of(feed);
			}
		}
		return Optional.empty();
	}

	private static JsonNode find(JsonNode pilots, String reference) {
		for (JsonNode pilot : pilots) {
			if (pilot.path("reference").asText().equals(reference)
					&& pilot.path("installation").asText().equals(INSTALLATION)) {
				return pilot;
			}
		}
		throw new AssertionError(reference + " is not among " + pilots);
	}

	private static ConfigurableApplicationContext start(Path dataDir) {
		List<String> arguments = new ArrayList<>(
				List.of("--civiclab.data-dir=" + dataDir, "--server.port=0", "--server.address=127.0.0.1",
						"--civiclab.password-hash-strength=4", "--camunda.bpm.generate-unique-process-engine-name=true",
						"--civiclab.federation.allow-private-addresses=true",
						// B reads A's feed again two seconds after its last attempt.
						"--civiclab.federation.poll-interval=PT0.5S", "--civiclab.federation.refresh-interval=PT2S",
						"--civiclab.federation.timeout=PT2S"));
		arguments.addAll(TestPostgres.applicationArguments(dataDir));
		return new SpringApplicationBuilder(CivicLabApplication.class).run(arguments.toArray(String[]::new));
	}

	private static int port(ConfigurableApplicationContext app) {
		return app.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
	}

	private static String address(ConfigurableApplicationContext app) {
		return "http://127.0.0.1:" + port(app);
	}

	private static ApiClient as(ConfigurableApplicationContext app, String username) {
		return ApiClient.as(username, port(app));
	}

	private static Function<String, ApiClient> clients(ConfigurableApplicationContext app) {
		return (username) -> as(app, username);
	}

}
