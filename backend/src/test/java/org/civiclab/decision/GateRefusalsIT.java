package org.civiclab.decision;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.civiclab.ApiClient;
import org.civiclab.ApiClient.Response;

import org.springframework.http.HttpMethod;

import static org.assertj.core.api.Assertions.assertThat;
import static org.civiclab.ApiClient.checklist;
import static org.civiclab.ApiClient.decision;
import static org.civiclab.ApiClient.learningCard;
import static org.civiclab.ApiClient.scores;

/**
 * What the gates refuse, over HTTP: each refusal is a ProblemDetail that says what is
 * wrong (and which field), and leaves the idea, its decisions, its timeline and its open
 * gate as they were.
 */
class GateRefusalsIT extends ApiClient.FullStack {

	private ApiClient anna;

	private ApiClient lena;

	private ApiClient maria;

	private ApiClient karin;

	@BeforeEach
	void signIn() {
		this.anna = as("anna");
		this.lena = as("lena");
		this.maria = as("maria");
		this.karin = as("karin");
	}

	@Test
	void aGateCannotBeSkipped() {
		JsonNode idea = inScreening("Skip the queue");
		IdeaState before = IdeaState.of(this.lena, idea);

		JsonNode problem = this.lena.post("/api/ideas/{id}/decisions", planGo(before.version()), id(idea)).problem(409);

		assertThat(problem.path("detail").asText()).contains("plan gate is not open")
			.contains(idea.path("reference").asText())
			.contains("screening")
			.contains("no gate can be skipped");
		assertThat(IdeaState.of(this.lena, idea)).isEqualTo(before);
	}

	@Test
	void theScaleGateCannotBeTakenWhileTheIdeaIsInPlan() {
		JsonNode idea = inPlan("Scale before testing");
		IdeaState before = IdeaState.of(this.lena, idea);

		JsonNode problem = this.maria
			.post("/api/ideas/{id}/decisions", scaleGo(before.version()).set("checklist", checklist(true)), id(idea))
			.problem(409);

		assertThat(problem.path("detail").asText()).contains("scale gate is not open").contains("plan");
		assertThat(IdeaState.of(this.lena, idea)).isEqualTo(before);
	}

	@Test
	void screeningNeedsTheRubricScores() {
		JsonNode idea = inScreening("Screened without scores");
		IdeaState before = IdeaState.of(this.lena, idea);

		JsonNode problem = this.lena
			.post("/api/ideas/{id}/decisions", decision("SCREENING", "GO", before.version()), id(idea))
			.problem(400);

		assertThat(fields(problem)).containsExactly("scores");
		assertThat(problem.path("detail").asText()).startsWith("scores: ").contains("required");
		assertThat(IdeaState.of(this.lena, idea)).isEqualTo(before);
	}

	@Test
	void aScoreOutsideTheRubricIsRefused() {
		JsonNode idea = inScreening("Scored off the scale");
		IdeaState before = IdeaState.of(this.lena, idea);

		JsonNode problem = this.lena
			.post("/api/ideas/{id}/decisions",
					decision("SCREENING", "GO", before.version()).set("scores", scores(6, 4, 4, 4)), id(idea))
			.problem(400);

		assertThat(fields(problem)).containsExactly("scores.strategicFit");
		assertThat(IdeaState.of(this.lena, idea)).isEqualTo(before);
	}

	@Test
	void scalingNeedsTheChecklist() {
		JsonNode idea = atScaleDecision("Scale without a checklist", this.lena);
		IdeaState before = IdeaState.of(this.maria, idea);

		JsonNode missing = this.maria.post("/api/ideas/{id}/decisions", scaleGo(before.version()), id(idea))
			.problem(400);
		JsonNode incomplete = this.maria
			.post("/api/ideas/{id}/decisions", scaleGo(before.version()).set("checklist", checklist(false)), id(idea))
			.problem(400);

		assertThat(fields(missing)).containsExactly("checklist");
		assertThat(fields(incomplete)).containsExactly("checklist");
		assertThat(incomplete.path("detail").asText()).contains("checklist")
			.contains("data protection, accessibility, procurement, licence, service owner");
		assertThat(IdeaState.of(this.maria, idea)).isEqualTo(before);
	}

	@Test
	void scalingNeedsABudgetAndAReceivingUnit() {
		JsonNode idea = atScaleDecision("Scale with nobody to run it", this.lena);
		IdeaState before = IdeaState.of(this.maria, idea);

		JsonNode problem = this.maria
			.post("/api/ideas/{id}/decisions",
					decision("SCALE", "GO", before.version()).set("checklist", checklist(true)), id(idea))
			.problem(400);

		assertThat(fields(problem)).containsExactly("budget", "receivingUnit");
		assertThat(IdeaState.of(this.maria, idea)).isEqualTo(before);
	}

	@Test
	void stoppingATestNeedsALearningCard() {
		JsonNode idea = inTest("Stopped without a lesson");
		IdeaState before = IdeaState.of(this.lena, idea);

		JsonNode missing = this.lena
			.post("/api/ideas/{id}/decisions", decision("TEST", "KILL", before.version()), id(idea))
			.problem(400);
		JsonNode blank = this.lena
			.post("/api/ideas/{id}/decisions",
					decision("TEST", "KILL", before.version()).set("learningCard", learningCard(" ")), id(idea))
			.problem(400);

		assertThat(fields(missing)).containsExactly("learningCard");
		assertThat(missing.path("detail").asText()).contains("learningCard").contains("stop");
		assertThat(fields(blank)).containsExactly("learningCard.learned");
		assertThat(IdeaState.of(this.lena, idea)).isEqualTo(before);
	}

	@Test
	void approvingAPlanNeedsATestCardAndATimeBoxInTheFuture() {
		JsonNode idea = inScreening("A plan with nothing in it");
		this.lena.decide(id(idea), decision("SCREENING", "GO", version(idea)).set("scores", scores(4, 4, 4, 4)));
		IdeaState before = IdeaState.of(this.lena, idea);

		JsonNode problem = this.lena.post("/api/ideas/{id}/decisions", decision("PLAN", "GO", before.version())
			.put("timeBoxEndsAt", Instant.now().minus(1, ChronoUnit.DAYS).toString()), id(idea)).problem(400);

		assertThat(fields(problem)).containsExactlyInAnyOrder("timeBoxEndsAt", "experiments");
		assertThat(IdeaState.of(this.lena, idea)).isEqualTo(before);
	}

	@Test
	void anIntrapreneurCannotScreen() {
		JsonNode idea = inScreening("Screen my own idea");
		IdeaState before = IdeaState.of(this.lena, idea);

		JsonNode problem = this.anna
			.post("/api/ideas/{id}/decisions",
					decision("SCREENING", "GO", before.version()).set("scores", scores(5, 5, 5, 5)), id(idea))
			.problem(403);

		assertThat(problem.path("detail").asText()).contains("screening gate is decided by a lab lead");
		assertThat(IdeaState.of(this.lena, idea)).isEqualTo(before);
	}

	@Test
	void aLabLeadCannotTakeTheScaleDecision() {
		JsonNode idea = atScaleDecision("Scale it myself", this.lena);
		IdeaState before = IdeaState.of(this.maria, idea);

		JsonNode problem = this.lena
			.post("/api/ideas/{id}/decisions", scaleGo(before.version()).set("checklist", checklist(true)), id(idea))
			.problem(403);

		assertThat(problem.path("detail").asText()).contains("scale gate is decided by an executive");
		assertThat(IdeaState.of(this.maria, idea)).isEqualTo(before);
	}

	@Test
	void whoProposedScalingDoesNotApproveIt() {
		JsonNode idea = atScaleDecision("Four eyes on the scale decision", this.karin);
		IdeaState before = IdeaState.of(this.maria, idea);
		assertThat(lastDecision(idea).path("decidedBy").asText()).isEqualTo("karin");
		assertThat(decideActions(this.karin.idea(id(idea)))).as("karin is not offered her own scale decision")
			.isEmpty();
		assertThat(taskReferences(this.karin)).doesNotContain(idea.path("reference").asText());
		assertThat(decideActions(this.maria.idea(id(idea)))).containsExactly("SCALE");

		JsonNode problem = this.karin
			.post("/api/ideas/{id}/decisions", scaleGo(before.version()).set("checklist", checklist(true)), id(idea))
			.problem(403);

		assertThat(problem.path("detail").asText())
			.contains("Another executive of Norrvik municipality decides this: you proposed scaling it")
			.contains("four eyes")
			.contains("Maria Sandberg");
		assertThat(problem.path("reason").asText()).isEqualTo("SCALE_PROPOSER");
		assertThat(problem.path("mayPass")).extracting(JsonNode::asText)
			.contains("maria", "erik")
			.doesNotContain("karin");
		assertThat(IdeaState.of(this.maria, idea)).isEqualTo(before);

		JsonNode taken = this.maria.decide(id(idea), scaleGo(before.version()).set("checklist", checklist(true)));

		assertThat(taken.path("decidedBy").asText()).isEqualTo("maria");
		assertThat(taken.path("decidedAs").asText()).isEqualTo("EXECUTIVE");
		assertThat(this.maria.idea(id(idea)).path("stage").asText()).isEqualTo("scaling");
	}

	@Test
	void aDecisionOnAVersionSomeoneElseChangedIsRefusedWithTheCurrentVersion() {
		JsonNode idea = inScreening("Two lab leads at once");
		long readByKarin = version(idea);
		this.lena.decide(id(idea), decision("SCREENING", "GO", readByKarin).set("scores", scores(4, 4, 4, 4)));
		IdeaState before = IdeaState.of(this.lena, idea);
		assertThat(before.version()).isNotEqualTo(readByKarin);

		JsonNode problem = this.karin
			.post("/api/ideas/{id}/decisions",
					decision("SCREENING", "KILL", readByKarin).set("scores", scores(1, 1, 1, 1)), id(idea))
			.problem(409);

		assertThat(problem.path("currentVersion").asLong()).isEqualTo(before.version());
		assertThat(problem.path("detail").asText()).contains(idea.path("reference").asText())
			.contains("changed since you read it");
		assertThat(IdeaState.of(this.lena, idea)).isEqualTo(before);
	}

	@Test
	void anEditOnAnOldVersionIsRefusedWithTheCurrentVersion() {
		JsonNode draft = this.anna.post("/api/ideas", ApiClient.newIdea("Edited twice")).expect(201);
		long read = version(draft);
		JsonNode edited = this.anna
			.put("/api/ideas/{id}", ApiClient.newIdea("Edited once").put("version", read), id(draft))
			.expect(200);

		JsonNode problem = this.anna
			.put("/api/ideas/{id}", ApiClient.newIdea("Edited on an old copy").put("version", read), id(draft))
			.problem(409);

		assertThat(problem.path("currentVersion").asLong()).isEqualTo(version(edited)).isNotEqualTo(read);
		JsonNode after = this.anna.idea(id(draft));
		assertThat(after.path("title").asText()).isEqualTo("Edited once");
		assertThat(version(after)).isEqualTo(version(edited));
	}

	@Test
	void aDecisionWithoutTheVersionReadIsRefused() {
		JsonNode idea = inScreening("Decided blind");
		IdeaState before = IdeaState.of(this.lena, idea);
		ObjectNode request = decision("SCREENING", "GO", 0).set("scores", scores(4, 4, 4, 4));
		request.remove("version");

		JsonNode problem = this.lena.post("/api/ideas/{id}/decisions", request, id(idea)).problem(400);

		assertThat(fields(problem)).containsExactly("version");
		assertThat(IdeaState.of(this.lena, idea)).isEqualTo(before);
	}

	@ParameterizedTest(name = "{0} {1}")
	@CsvSource({ "PUT, /api/ideas/{id}/decisions/{decisionId}", "PATCH, /api/ideas/{id}/decisions/{decisionId}",
			"DELETE, /api/ideas/{id}/decisions/{decisionId}", "PUT, /api/ideas/{id}/decisions",
			"PATCH, /api/ideas/{id}/decisions", "DELETE, /api/ideas/{id}/decisions" })
	void aDecisionCannotBeChangedOrRemoved(String method, String path) {
		JsonNode idea = inScreening("Decided for good (" + method + ")");
		JsonNode screened = this.lena.decide(id(idea),
				decision("SCREENING", "RECYCLE", version(idea)).set("scores", scores(3, 3, 2, 3)));
		IdeaState before = IdeaState.of(this.lena, idea);
		HttpMethod httpMethod = HttpMethod.valueOf(method);
		ObjectNode change = (httpMethod == HttpMethod.DELETE) ? null
				: decision("SCREENING", "GO", before.version()).put("rationale", "Changed my mind")
					.set("scores", scores(5, 5, 5, 5));

		Response answer = this.lena.exchange(httpMethod, path, change, id(idea), screened.path("id").asLong());

		assertThat(answer.status()).as("%s answered %s", answer.request(), answer.body()).isIn(404, 405);
		JsonNode problem = answer.problem(answer.status());
		assertThat(IdeaState.of(this.lena, idea)).isEqualTo(before);
		JsonNode decision = lastDecision(idea);
		assertThat(decision.path("outcome").asText()).isEqualTo("RECYCLE");
		assertThat(decision.path("rationale").asText()).isEqualTo(screened.path("rationale").asText());
		assertThat(problem.path("detail").asText()).as("what %s is told", answer.request())
			.doesNotContainIgnoringCase("static resource");
	}

	@Test
	void anUnknownOutcomeIsRefused() {
		JsonNode idea = inScreening("Maybe later");
		IdeaState before = IdeaState.of(this.lena, idea);

		JsonNode problem = this.lena
			.post("/api/ideas/{id}/decisions",
					decision("SCREENING", "MAYBE", before.version()).set("scores", scores(4, 4, 4, 4)), id(idea))
			.problem(400);

		assertThat(fields(problem)).containsExactly("outcome");
		assertThat(problem.path("detail").asText()).contains("outcome").contains("MAYBE");
		assertThat(IdeaState.of(this.lena, idea)).isEqualTo(before);
	}

	@Test
	void anOutcomeTheGateDoesNotOfferIsRefused() {
		JsonNode idea = inPlan("Kill the plan");
		IdeaState before = IdeaState.of(this.lena, idea);

		JsonNode problem = this.lena
			.post("/api/ideas/{id}/decisions", decision("PLAN", "KILL", before.version()), id(idea))
			.problem(400);

		assertThat(fields(problem)).containsExactly("outcome");
		assertThat(problem.path("detail").asText()).contains("[GO]").contains("plan gate");
		assertThat(IdeaState.of(this.lena, idea)).isEqualTo(before);
	}

	/**
	 * What a refusal must leave alone: the idea's version and stage, its timeline, its
	 * decisions, and what the reader may do (which follows the open gate in the engine).
	 */
	record IdeaState(long version, String stage, JsonNode timeline, JsonNode decisions, JsonNode actions) {

		static IdeaState of(ApiClient reader, JsonNode idea) {
			long id = id(idea);
			JsonNode now = reader.idea(id);
			return new IdeaState(GateRefusalsIT.version(now), now.path("stage").asText(), now.path("timeline"),
					reader.decisions(id), now.path("actions"));
		}

	}

	private JsonNode inScreening(String title) {
		JsonNode idea = this.anna.submitNewIdea(title);
		assertThat(idea.path("stage").asText()).isEqualTo("screening");
		return idea;
	}

	private JsonNode inPlan(String title) {
		JsonNode idea = inScreening(title);
		this.lena.decide(id(idea), decision("SCREENING", "GO", version(idea)).set("scores", scores(4, 4, 4, 4)));
		this.lena.addTestCard(id(idea), "A test card for " + title);
		return read(idea, "plan");
	}

	private JsonNode inTest(String title) {
		JsonNode idea = inPlan(title);
		this.lena.decide(id(idea), planGo(version(idea)));
		return read(idea, "test");
	}

	/** In the scale decision, proposed for scaling by this lab lead. */
	private JsonNode atScaleDecision(String title, ApiClient proposer) {
		JsonNode idea = inTest(title);
		proposer.decide(id(idea), decision("TEST", "GO", version(idea)));
		return read(idea, "scale-decision");
	}

	private JsonNode read(JsonNode idea, String expectedStage) {
		JsonNode now = this.lena.idea(id(idea));
		assertThat(now.path("stage").asText()).isEqualTo(expectedStage);
		return now;
	}

	private JsonNode lastDecision(JsonNode idea) {
		JsonNode decisions = this.lena.decisions(id(idea));
		return decisions.path(decisions.size() - 1);
	}

	private static ObjectNode planGo(long version) {
		return decision("PLAN", "GO", version).put("timeBoxEndsAt", Instant.now().plus(30, ChronoUnit.DAYS).toString());
	}

	private static ObjectNode scaleGo(long version) {
		return decision("SCALE", "GO", version).put("budget", new BigDecimal("80000"))
			.put("receivingUnit", "Family services");
	}

	private static long id(JsonNode idea) {
		return idea.path("id").asLong();
	}

	private static long version(JsonNode idea) {
		return idea.path("version").asLong();
	}

	/** The fields a ProblemDetail names in its {@code errors}. */
	private static List<String> fields(JsonNode problem) {
		List<String> fields = new ArrayList<>();
		problem.path("errors").forEach((error) -> fields.add(error.path("field").asText()));
		return fields;
	}

	private static List<String> decideActions(JsonNode idea) {
		List<String> gates = new ArrayList<>();
		for (JsonNode action : idea.path("actions")) {
			if ("DECIDE".equals(action.path("type").asText())) {
				gates.add(action.path("gate").asText());
			}
		}
		return gates;
	}

	private static List<String> taskReferences(ApiClient user) {
		List<String> references = new ArrayList<>();
		user.get("/api/tasks/mine").expect(200).forEach((task) -> references.add(task.path("reference").asText()));
		return references;
	}

}
