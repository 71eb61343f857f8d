package org.civiclab.pipeline;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.StreamSupport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.civiclab.ApiClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.civiclab.ApiClient.checklist;
import static org.civiclab.ApiClient.decision;
import static org.civiclab.ApiClient.learningCard;
import static org.civiclab.ApiClient.newIdea;
import static org.civiclab.ApiClient.object;
import static org.civiclab.ApiClient.scores;
import static org.civiclab.ApiClient.version;

/**
 * Ideas taken through the pipeline over HTTP by the demo users, one step at a time; after
 * each step the idea's page (its stage and timeline) and the board show where it is.
 */
class PipelineJourneyIT extends ApiClient.FullStack {

	private ApiClient anna;

	private ApiClient omar;

	private ApiClient lena;

	private ApiClient maria;

	@BeforeEach
	void signIn() {
		this.anna = as("anna");
		this.omar = as("omar");
		this.lena = as("lena");
		this.maria = as("maria");
	}

	@Test
	void anIdeaGoesFromSubmissionThroughEveryGateToScaled() {
		String title = "Online booking at the family centre";
		JsonNode draft = this.anna.post("/api/ideas", newIdea(title)).expect(201);
		long id = draft.path("id").asLong();
		Trail trail = new Trail(this.anna, draft);
		assertThat(draft.path("reference").asText()).matches("IDEA-\\d{4}-\\d{4,}");
		trail.isNowIn("draft", "anna IDEA_CREATED " + title);
		assertThat(actions(this.anna.idea(id))).contains("EDIT", "SUBMIT", "WITHDRAW");

		JsonNode submitted = this.anna.post("/api/ideas/{id}/submit", version(trail.version()), id).expect(200);
		assertThat(submitted.path("stage").asText()).isEqualTo("screening");
		JsonNode card = trail.isNowIn("screening", "anna IDEA_SUBMITTED", "system STAGE_ENTERED screening");
		assertThat(card.path("owner").asText()).isEqualTo("anna");
		assertThat(card.path("ownerName").asText()).isEqualTo("Anna Berg");
		assertThat(card.path("organisation").asText()).isEqualTo("Norrvik municipality");
		assertThat(card.path("title").asText()).isEqualTo(title);
		assertThat(card.path("timeBox").isNull()).as("no time box before the test").isTrue();
		assertThat(actions(this.lena.idea(id))).contains("DECIDE SCREENING");
		assertThat(decideAction(this.lena.idea(id), "GO").path("fields")).extracting(JsonNode::asText)
			.containsExactly("rationale", "scores");
		assertThat(actions(this.anna.idea(id))).noneMatch((action) -> action.startsWith("DECIDE"))
			.contains("WITHDRAW", "COMMENT")
			.as("support is her colleagues' to give")
			.doesNotContain("SUPPORT");
		assertThat(actions(this.omar.idea(id))).contains("COMMENT", "SUPPORT").doesNotContain("WITHDRAW");
		assertThat(tasks(this.lena)).contains(trail.reference() + " SCREENING");
		assertThat(tasks(this.anna)).doesNotContain(trail.reference() + " SCREENING");

		JsonNode screened = this.lena.decide(id,
				decision("SCREENING", "GO", trail.version()).set("scores", scores(4, 5, 4, 3)));
		assertThat(screened.path("recommendation").asText()).isEqualTo("GO");
		assertThat(screened.path("recommendationReason").asText()).isEqualTo("Strong case that can be tested now");
		JsonNode stored = only(this.anna.decisions(id));
		assertThat(stored.path("id").asLong()).isEqualTo(screened.path("id").asLong());
		assertThat(List.of(stored.path("gate").asText(), stored.path("outcome").asText(),
				stored.path("recommendation").asText(), stored.path("decidedBy").asText(),
				stored.path("decidedAs").asText()))
			.containsExactly("SCREENING", "GO", "GO", "lena", "LAB_LEAD");
		assertThat(List.of(stored.path("strategicFit").asInt(), stored.path("citizenValue").asInt(),
				stored.path("feasibility").asInt(), stored.path("novelty").asInt()))
			.containsExactly(4, 5, 4, 3);
		trail.isNowIn("plan", "lena GATE_DECIDED SCREENING GO", "system STAGE_ENTERED plan");
		assertThat(actions(this.lena.idea(id))).contains("DECIDE PLAN", "ADD_EXPERIMENT", "ADD_IMPACT_TARGET")
			.doesNotContain("DECIDE SCREENING");

		JsonNode experiment = this.lena.addTestCard(id, "Online booking in the north district");
		trail.isNowIn("plan", "lena EXPERIMENT_ADDED Online booking in the north district");
		JsonNode target = this.lena
			.post("/api/ideas/{id}/impact-targets",
					object().put("metric", "Bookings made online")
						.put("unit", "%")
						.put("baseline", new BigDecimal("5"))
						.put("target", new BigDecimal("40")),
					id)
			.expect(201);
		trail.isNowIn("plan", "lena IMPACT_TARGET_SET Bookings made online");

		Instant timeBoxEndsAt = Instant.now().plus(30, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
		ObjectNode plan = decision("PLAN", "GO", trail.version()).put("timeBoxEndsAt", timeBoxEndsAt.toString());
		plan.putArray("experimentIds").add(experiment.path("id").asLong());
		this.lena.decide(id, plan);
		card = trail.isNowIn("test", "lena GATE_DECIDED PLAN GO", "system STAGE_ENTERED test");
		assertThat(card.path("timeBox").asText()).isEqualTo("FINE");
		JsonNode inTest = this.anna.idea(id);
		assertThat(inTest.path("timeBox").path("state").asText()).isEqualTo("FINE");
		assertThat(Instant.parse(inTest.path("timeBox").path("endsAt").asText())).isEqualTo(timeBoxEndsAt);
		assertThat(actions(this.lena.idea(id))).contains("DECIDE TEST", "RECORD_RESULT");

		JsonNode result = this.lena
			.post("/api/experiments/{id}/result",
					object().put("result", "46% of bookings were made online")
						.put("outcome", "VALIDATED")
						.put("version", experiment.path("version").asLong())
						.set("learningCard", learningCard("We learned that families book online when they can.")),
					experiment.path("id").asLong())
			.expect(200);
		assertThat(result.path("status").asText()).isEqualTo("COMPLETED");
		assertThat(result.path("learningCard").path("learned").asText())
			.isEqualTo("We learned that families book online when they can.");
		trail.isNowIn("test", "lena EXPERIMENT_RESULT_RECORDED VALIDATED");

		ObjectNode proposal = decision("TEST", "GO", trail.version());
		proposal.putArray("experimentIds").add(experiment.path("id").asLong());
		this.lena.decide(id, proposal);
		trail.isNowIn("scale-decision", "lena GATE_DECIDED TEST GO", "system STAGE_ENTERED scale-decision");
		assertThat(actions(this.lena.idea(id))).noneMatch((action) -> action.startsWith("DECIDE"));
		assertThat(actions(this.maria.idea(id))).contains("DECIDE SCALE");
		assertThat(tasks(this.maria)).contains(trail.reference() + " SCALE");

		JsonNode scale = this.maria.decide(id,
				decision("SCALE", "GO", trail.version()).put("budget", new BigDecimal("120000"))
					.put("receivingUnit", "Contact centre")
					.set("checklist", checklist(true)));
		assertThat(scale.path("decidedAs").asText()).isEqualTo("EXECUTIVE");
		assertThat(scale.path("checklist").asText())
			.isEqualTo("dataProtection,accessibility,procurement,licence,serviceOwner");
		trail.isNowIn("scaling", "maria GATE_DECIDED SCALE GO", "system STAGE_ENTERED scaling");
		JsonNode scaling = this.anna.idea(id);
		assertThat(scaling.path("budget").decimalValue()).isEqualByComparingTo("120000");
		assertThat(scaling.path("receivingUnit").asText()).isEqualTo("Contact centre");
		assertThat(actions(this.lena.idea(id))).contains("DECIDE ADOPTION", "ADD_MEASUREMENT");

		this.lena
			.post("/api/impact-targets/{id}/measurements",
					object().put("measuredOn", LocalDate.now().toString())
						.put("value", new BigDecimal("38"))
						.put("note", "After the first month across the city"),
					target.path("id").asLong())
			.expect(201);
		trail.isNowIn("scaling", "lena BENEFIT_MEASURED Bookings made online = 38");

		this.lena.decide(id, decision("ADOPTION", "GO", trail.version()));
		trail.isNowIn("scaled", "lena GATE_DECIDED ADOPTION GO", "system STAGE_ENTERED scaled");
		JsonNode scaled = this.anna.idea(id);
		assertThat(scaled.path("endedAt").isNull()).as("an ended idea has its end date").isFalse();
		assertThat(actions(scaled)).doesNotContain("WITHDRAW");
		for (ApiClient user : List.of(this.anna, this.lena, this.maria)) {
			assertThat(actions(user.idea(id))).as(user.username()).noneMatch((action) -> action.startsWith("DECIDE"));
		}
		assertThat(StreamSupport.stream(this.anna.decisions(id).spliterator(), false)
			.map((decision) -> decision.path("gate").asText() + " " + decision.path("outcome").asText()))
			.containsExactly("SCREENING GO", "PLAN GO", "TEST GO", "SCALE GO", "ADOPTION GO");
	}

	@Test
	void aTestThatFailsStopsTheIdeaWithItsLearningCard() {
		String title = "Drone delivery of library books";
		JsonNode draft = this.omar.post("/api/ideas", newIdea(title)).expect(201);
		long id = draft.path("id").asLong();
		Trail trail = new Trail(this.omar, draft);
		trail.isNowIn("draft", "omar IDEA_CREATED " + title);

		this.omar.post("/api/ideas/{id}/submit", version(trail.version()), id).expect(200);
		trail.isNowIn("screening", "omar IDEA_SUBMITTED", "system STAGE_ENTERED screening");

		this.lena.decide(id, decision("SCREENING", "GO", trail.version()).set("scores", scores(4, 4, 3, 5)));
		trail.isNowIn("plan", "lena GATE_DECIDED SCREENING GO", "system STAGE_ENTERED plan");

		JsonNode experiment = this.lena.addTestCard(id, "Deliver to ten readers for a month");
		trail.isNowIn("plan", "lena EXPERIMENT_ADDED Deliver to ten readers for a month");

		this.lena.decide(id, decision("PLAN", "GO", trail.version()).put("timeBoxEndsAt",
				Instant.now().plus(60, ChronoUnit.DAYS).toString()));
		JsonNode card = trail.isNowIn("test", "lena GATE_DECIDED PLAN GO", "system STAGE_ENTERED test");
		assertThat(card.path("timeBox").asText()).isEqualTo("FINE");

		this.lena
			.post("/api/experiments/{id}/result", object().put("result", "Two of ten deliveries arrived")
				.put("outcome", "INVALIDATED")
				.put("version", experiment.path("version").asLong())
				.set("learningCard", learningCard("We learned that drones are not allowed over the town centre.")),
					experiment.path("id").asLong())
			.expect(200);
		trail.isNowIn("test", "lena EXPERIMENT_RESULT_RECORDED INVALIDATED");

		ObjectNode kill = decision("TEST", "KILL", trail.version()).set("learningCard",
				learningCard("We learned that the airspace rules rule it out for years."));
		kill.putArray("experimentIds").add(experiment.path("id").asLong());
		JsonNode stopped = this.lena.decide(id, kill);
		assertThat(stopped.path("learningCard").path("learned").asText())
			.isEqualTo("We learned that the airspace rules rule it out for years.");
		trail.isNowIn("stopped", "lena GATE_DECIDED TEST KILL", "system STAGE_ENTERED stopped");

		assertThat(this.omar.decisions(id)).hasSize(3);
		JsonNode lastDecision = this.omar.decisions(id).path(2);
		assertThat(lastDecision.path("gate").asText() + " " + lastDecision.path("outcome").asText())
			.isEqualTo("TEST KILL");
		assertThat(lastDecision.path("learningCard").path("believed").asText())
			.isEqualTo("We believed families would book online.");
		assertThat(lastDecision.path("learningCard").path("learned").asText())
			.isEqualTo("We learned that the airspace rules rule it out for years.");
		assertThat(lastDecision.path("learningCard").path("therefore").asText()).isNotBlank();
		assertThat(lastDecision.path("experimentIds")).extracting(JsonNode::asLong)
			.containsExactly(experiment.path("id").asLong());
		JsonNode ended = this.omar.idea(id);
		assertThat(ended.path("endedAt").isNull()).isFalse();
		assertThat(actions(ended)).doesNotContain("WITHDRAW");
		for (ApiClient user : List.of(this.omar, this.lena, this.maria)) {
			assertThat(actions(user.idea(id))).as(user.username()).noneMatch((action) -> action.startsWith("DECIDE"));
		}
		assertThat(tasks(this.lena)).noneMatch((task) -> task.startsWith(trail.reference() + " "));
	}

	/**
	 * Follows one idea: what its timeline held at the last look, and where the board
	 * showed it.
	 */
	private final class Trail {

		private final ApiClient reader;

		private final long id;

		private final String reference;

		private final List<JsonNode> timeline = new ArrayList<>();

		private long version;

		Trail(ApiClient reader, JsonNode idea) {
			this.reader = reader;
			this.id = idea.path("id").asLong();
			this.reference = idea.path("reference").asText();
			this.version = idea.path("version").asLong();
		}

		String reference() {
			return this.reference;
		}

		long version() {
			return this.version;
		}

		/**
		 * Reads the idea and the board: the idea is in this stage, its timeline is what
		 * it was with these entries ({@code "actor ACTION details"}) appended, and the
		 * board shows its card in this stage's column and in no other. Answers the card
		 * (or a missing node for a draft, which is on no board).
		 */
		JsonNode isNowIn(String stage, String... newEntries) {
			JsonNode idea = this.reader.idea(this.id);
			assertThat(idea.path("stage").asText()).as("stage of %s", this.reference).isEqualTo(stage);
			List<JsonNode> now = new ArrayList<>();
			idea.path("timeline").forEach(now::add);
			assertThat(now).as("timeline of %s keeps what it had", this.reference)
				.hasSizeGreaterThanOrEqualTo(this.timeline.size());
			assertThat(now.subList(0, this.timeline.size())).as("timeline of %s keeps what it had", this.reference)
				.isEqualTo(this.timeline);
			assertThat(now.subList(this.timeline.size(), now.size()).stream().map(PipelineJourneyIT::entry))
				.as("what the timeline of %s added", this.reference)
				.containsExactly(newEntries);
			this.timeline.clear();
			this.timeline.addAll(now);
			this.version = idea.path("version").asLong();
			return onBoard(stage);
		}

		private JsonNode onBoard(String stage) {
			JsonNode board = this.reader.get("/api/board?q={q}", this.reference).expect(200);
			JsonNode card = MissingNode.getInstance();
			for (JsonNode column : board.path("columns")) {
				boolean here = column.path("stage").asText().equals(stage);
				assertThat(column.path("total").asLong())
					.as("cards for %s in column %s", this.reference, column.path("stage").asText())
					.isEqualTo(here ? 1 : 0);
				if (here) {
					assertThat(column.path("cards")).hasSize(1);
					card = column.path("cards").path(0);
					assertThat(card.path("reference").asText()).isEqualTo(this.reference);
					assertThat(card.path("id").asLong()).isEqualTo(this.id);
				}
			}
			if (!"draft".equals(stage)) {
				assertThat(card.isMissingNode()).as("the board has a column %s with %s", stage, this.reference)
					.isFalse();
				JsonNode column = this.reader.get("/api/board/columns/{stage}?q={q}", stage, this.reference)
					.expect(200);
				assertThat(column.path("total").asLong()).isEqualTo(1);
				assertThat(column.path("cards").path(0).path("id").asLong()).isEqualTo(this.id);
			}
			return card;
		}

	}

	private static String entry(JsonNode entry) {
		String details = entry.path("details").isNull() ? "" : " " + entry.path("details").asText();
		return entry.path("actor").asText() + " " + entry.path("action").asText() + details;
	}

	/** The actions the reader is offered, as {@code "TYPE"} or {@code "DECIDE GATE"}. */
	private static List<String> actions(JsonNode idea) {
		List<String> actions = new ArrayList<>();
		for (JsonNode action : idea.path("actions")) {
			actions.add(action.path("type").asText()
					+ (action.path("gate").isNull() ? "" : " " + action.path("gate").asText()));
		}
		return actions;
	}

	private static JsonNode decideAction(JsonNode idea, String outcome) {
		for (JsonNode action : idea.path("actions")) {
			for (JsonNode allowed : action.path("outcomes")) {
				if ("DECIDE".equals(action.path("type").asText()) && outcome.equals(allowed.path("outcome").asText())) {
					return allowed;
				}
			}
		}
		throw new AssertionError("No DECIDE action with outcome " + outcome + " in " + idea.path("actions"));
	}

	/** The user's tasks, as {@code "REFERENCE gate"}. */
	private static List<String> tasks(ApiClient user) {
		List<String> tasks = new ArrayList<>();
		for (JsonNode task : user.get("/api/tasks/mine").expect(200)) {
			tasks.add(task.path("reference").asText() + " " + task.path("gate").asText());
		}
		return tasks;
	}

	private static JsonNode only(JsonNode array) {
		assertThat(array).hasSize(1);
		return array.path(0);
	}

}
