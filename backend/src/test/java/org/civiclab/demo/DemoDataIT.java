package org.civiclab.demo;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.civiclab.idea.Idea;
import org.civiclab.idea.IdeaRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The demo on an empty database, as the demo's lab leads see it over the API: ideas in
 * every column, tests in every state of their time box, lessons on the stopped ideas.
 * Each organisation's lab lead sees its own ideas in full; together they see them all.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "server.address=127.0.0.1")
// Closed after the class, before JUnit deletes its data directory: its pollers (mail,
// webhooks) would otherwise still write into it.
@DirtiesContext
class DemoDataIT {

	private static final List<String> COLUMNS = List.of("screening", "plan", "test", "scale-decision", "scaling",
			"shelf", "scaled", "stopped", "declined", "withdrawn");

	/** Norrvik's and Sjöstad's lab leads. */
	private static final List<String> LAB_LEADS = List.of("lena", "jonas");

	@TempDir
	static Path dataDir;

	@DynamicPropertySource
	static void dataDir(DynamicPropertyRegistry registry) {
		registry.add("civiclab.data-dir", dataDir::toString);
	}

	@Autowired
	TestRestTemplate http;

	@Autowired
	IdeaRepository ideas;

	@Test
	void everyColumnOfTheBoardHasIdeas() {
		Map<String, Long> totals = totals();

		assertThat(totals.keySet()).containsAll(COLUMNS);
		COLUMNS.forEach((column) -> assertThat(totals.get(column)).as(column).isPositive());
		assertThat(totals.get("screening")).isBetween(2L, 3L);
		assertThat(totals.get("test")).isEqualTo(3);
	}

	@Test
	void aboutTwentyIdeasExistOneOfThemADraft() {
		long onTheBoards = totals().values().stream().mapToLong(Long::longValue).sum();

		assertThat(onTheBoards).isBetween(18L, 24L);
		assertThat(this.ideas.count()).isEqualTo(onTheBoards + 1);
	}

	@Test
	void theTestsShowEveryStateOfTheirTimeBox() {
		List<String> states = timeBoxStates();
		assertThat(states).contains("FINE", "ENDING_SOON");

		// The demo's third test runs out five seconds after start: wait for its timer.
		await("a time box run out and its decision forced").atMost(Duration.ofSeconds(30))
			.pollDelay(Duration.ZERO)
			.pollInterval(Duration.ofMillis(500))
			.until(() -> timeBoxStates().contains("OVERDUE") && decisionForcedAfterTimeBox());

		assertThat(timeBoxStates()).containsExactlyInAnyOrder("FINE", "ENDING_SOON", "OVERDUE");
		assertThat(decisionForcedAfterTimeBox()).as("the engine's timer forced the decision").isTrue();
	}

	@Test
	void aStoppedIdeaKeepsItsLessonOnTheKillDecision() {
		List<JsonNode> stopped = ownCards("stopped");
		assertThat(stopped).hasSize(2);

		for (JsonNode card : stopped) {
			JsonNode decisions = get("lena", "/api/ideas/" + card.get("id").asLong() + "/decisions").getBody();
			JsonNode kill = last(decisions);
			assertThat(kill.get("outcome").asText()).isEqualTo("KILL");
			assertThat(kill.get("learningCard").get("learned").asText()).isNotBlank();
			assertThat(kill.get("learningCard").get("therefore").asText()).isNotBlank();
			JsonNode experiments = get("lena", "/api/ideas/" + card.get("id").asLong() + "/experiments").getBody();
			assertThat(experiments).isNotEmpty()
				.allSatisfy((experiment) -> assertThat(experiment.get("status").asText()).isEqualTo("COMPLETED"));
		}
	}

	@Test
	void annasDraftIsHersAlone() {
		Idea draft = this.ideas.findAll().stream().filter(Idea::isDraft).findFirst().orElseThrow();
		String path = "/api/ideas/" + draft.getId();

		assertThat(get("lena", path).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
		ResponseEntity<JsonNode> own = get("anna", path);
		assertThat(own.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(own.getBody().get("submitter").asText()).isEqualTo("anna");
		assertThat(own.getBody().get("stage").asText()).isEqualTo("draft");
	}

	@Test
	void theDemosHistorySpansMoreThanAYearAtRealisticDates() {
		Instant now = Instant.now();
		List<Idea> all = this.ideas.findAll();
		Idea cafes = all.stream()
			.filter((idea) -> idea.getTitle().startsWith("Digital inclusion"))
			.findFirst()
			.orElseThrow();

		assertThat(Duration.between(cafes.getSubmittedAt(), now).toDays()).as("submitted 470 days ago, every time")
			.isEqualTo(470);
		assertThat(Duration.between(cafes.getEndedAt(), now).toDays()).as("scaled 190 days ago").isEqualTo(190);
		assertThat(all).allSatisfy((idea) -> {
			assertThat(idea.getCreatedAt()).isBefore(now);
			if (idea.getSubmittedAt() != null) {
				assertThat(idea.getSubmittedAt()).isAfterOrEqualTo(idea.getCreatedAt());
				assertThat(idea.getStageEnteredAt()).isAfterOrEqualTo(idea.getSubmittedAt());
			}
		});
		List<Long> daysInStage = new ArrayList<>();
		COLUMNS
			.forEach((stage) -> ownCards(stage).forEach((card) -> daysInStage.add(card.get("daysInStage").asLong())));
		assertThat(daysInStage).as("days in stage, as the board shows them").contains(14L, 190L, 305L);
		assertThat(daysInStage.stream().distinct().count()).isGreaterThan(12);
	}

	@Test
	void gateDecisionsFollowEachOtherInTimeAndLieInThePast() {
		Instant now = Instant.now();
		for (Idea idea : this.ideas.findAll()) {
			JsonNode decisions = get(idea.getSubmitter().getUsername(), "/api/ideas/" + idea.getId() + "/decisions")
				.getBody();
			Instant previous = idea.getCreatedAt();
			for (JsonNode decision : decisions) {
				Instant decidedAt = Instant.parse(decision.get("decidedAt").asText());
				assertThat(decidedAt).as(idea.getTitle()).isAfter(previous).isBefore(now);
				previous = decidedAt;
			}
		}
	}

	/**
	 * The test whose time box runs out is Sjöstad's: its lab lead gets the forced
	 * decision.
	 */
	private boolean decisionForcedAfterTimeBox() {
		JsonNode tasks = get("jonas", "/api/tasks/mine").getBody();
		for (JsonNode task : tasks) {
			if ("Decide after time box".equals(task.get("name").asText())) {
				return true;
			}
		}
		return false;
	}

	private List<String> timeBoxStates() {
		List<String> states = new ArrayList<>();
		ownCards("test").forEach((card) -> states.add(card.get("timeBox").asText()));
		return states;
	}

	/** The cards of a column that Norrvik's and Sjöstad's lab leads see in full. */
	private List<JsonNode> ownCards(String stage) {
		List<JsonNode> cards = new ArrayList<>();
		for (String labLead : LAB_LEADS) {
			column(board(labLead), stage).get("cards").forEach((card) -> {
				if ("FULL".equals(card.get("view").asText())) {
					cards.add(card);
				}
			});
		}
		return cards;
	}

	/**
	 * Each column's ideas, counting each organisation's own (the lab leads' full view).
	 */
	private Map<String, Long> totals() {
		Map<String, Long> totals = new LinkedHashMap<>();
		for (String labLead : LAB_LEADS) {
			board(labLead).get("columns")
				.forEach((column) -> totals.merge(column.get("stage").asText(),
						this.http.withBasicAuth(labLead, DemoPeople.PASSWORD)
							.getForObject("/api/board/columns/" + column.get("stage").asText() + "?organisation="
									+ organisationOf(labLead) + "&size=1", JsonNode.class)
							.get("total")
							.asLong(),
						Long::sum));
		}
		return totals;
	}

	private long organisationOf(String username) {
		return get(username, "/api/me").getBody().get("organisationId").asLong();
	}

	private JsonNode board(String username) {
		ResponseEntity<JsonNode> board = get(username, "/api/board");
		assertThat(board.getStatusCode()).isEqualTo(HttpStatus.OK);
		return board.getBody();
	}

	private ResponseEntity<JsonNode> get(String username, String path) {
		return this.http.withBasicAuth(username, DemoPeople.PASSWORD).getForEntity(path, JsonNode.class);
	}

	private static JsonNode column(JsonNode board, String stage) {
		for (JsonNode column : board.get("columns")) {
			if (stage.equals(column.get("stage").asText())) {
				return column;
			}
		}
		throw new AssertionError("The board has no column " + stage);
	}

	private static JsonNode last(JsonNode array) {
		return array.get(array.size() - 1);
	}

}
