package org.civiclab.decision;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestInstance.Lifecycle;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

import org.civiclab.ApiClient;
import org.civiclab.ApiClient.Response;
import org.civiclab.IdeaDriver;
import org.civiclab.IdeaDriver.DrivenIdea;
import org.civiclab.IdeaDriver.Stage;

import org.springframework.http.HttpMethod;

import static org.assertj.core.api.Assertions.assertThat;
import static org.civiclab.ApiClient.checklist;
import static org.civiclab.ApiClient.decision;
import static org.civiclab.ApiClient.learningCard;
import static org.civiclab.ApiClient.scores;

/**
 * What the gates refuse, over HTTP: each refusal is a ProblemDetail that says what is
 * wrong (and which field, or why and who may decide instead), and leaves the idea, its
 * decisions, its timeline and its open gate as they were. As a refusal changes nothing,
 * the refusals of one setup share its idea.
 */
@TestInstance(Lifecycle.PER_CLASS)
class GateRefusalsIT extends ApiClient.FullStack {

	/** The ideas of each setup, shared by the refusals, which change nothing. */
	private final Map<Setup, DrivenIdea> ideas = new HashMap<>();

	Stream<Refusal> refusals() {
		Setup screening = Setup.in(Stage.SCREENING);
		Setup plan = Setup.in(Stage.PLAN);
		Setup test = Setup.in(Stage.TEST);
		Setup scaleDecision = Setup.in(Stage.SCALE_DECISION);
		return Stream.of(
				// Gates follow the model
				refused("a gate cannot be skipped").at(screening)
					.by("lena")
					.sending((version, idea) -> IdeaDriver.planGo(version))
					.answers(409)
					.saying("plan gate is not open", REFERENCE, "screening", "no gate can be skipped"),
				refused("the scale gate cannot be taken while the idea is in plan").at(plan)
					.by("maria")
					.sending((version, idea) -> scaleGo(version).set("checklist", checklist(true)))
					.answers(409)
					.saying("scale gate is not open", "plan"),
				// What each decision must carry
				refused("screening needs the rubric scores").at(screening)
					.by("lena")
					.sending((version, idea) -> decision("SCREENING", "GO", version))
					.answers(400)
					.naming("scores")
					.startingWith("scores: ")
					.saying("required"),
				refused("a score outside the rubric is refused").at(screening)
					.by("lena")
					.sending((version, idea) -> decision("SCREENING", "GO", version).set("scores", scores(6, 4, 4, 4)))
					.answers(400)
					.naming("scores.strategicFit"),
				refused("scaling needs the checklist").at(scaleDecision)
					.by("maria")
					.readBy("maria")
					.sending((version, idea) -> scaleGo(version))
					.answers(400)
					.naming("checklist"),
				refused("scaling needs the whole checklist").at(scaleDecision)
					.by("maria")
					.readBy("maria")
					.sending((version, idea) -> scaleGo(version).set("checklist", checklist(false)))
					.answers(400)
					.naming("checklist")
					.saying("checklist", "data protection, accessibility, procurement, licence, service owner"),
				refused("scaling needs a budget and a receiving unit").at(scaleDecision)
					.by("maria")
					.readBy("maria")
					.sending((version, idea) -> decision("SCALE", "GO", version).set("checklist", checklist(true)))
					.answers(400)
					.naming("budget", "receivingUnit"),
				refused("stopping a test needs a learning card").at(test)
					.by("lena")
					.sending((version, idea) -> decision("TEST", "KILL", version))
					.answers(400)
					.naming("learningCard")
					.saying("learningCard", "stop"),
				refused("stopping a test needs a learning card that says what was learned").at(test)
					.by("lena")
					.sending(
							(version, idea) -> decision("TEST", "KILL", version).set("learningCard", learningCard(" ")))
					.answers(400)
					.naming("learningCard.learned"),
				refused("approving a plan needs a test card and a time box in the future").at(plan.withoutTestCard())
					.by("lena")
					.sending((version, idea) -> decision("PLAN", "GO", version).put("timeBoxEndsAt",
							Instant.now().minus(1, ChronoUnit.DAYS).toString()))
					.answers(400)
					.namingInAnyOrder("timeBoxEndsAt", "experiments"),
				refused("a decision without the version read is refused").at(screening)
					.by("lena")
					.sending((version,
							idea) -> withoutVersion(decision("SCREENING", "GO", 0).set("scores", scores(4, 4, 4, 4))))
					.answers(400)
					.naming("version"),
				refused("an unknown outcome is refused").at(screening)
					.by("lena")
					.sending((version, idea) -> decision("SCREENING", "MAYBE", version).set("scores",
							scores(4, 4, 4, 4)))
					.answers(400)
					.naming("outcome")
					.saying("outcome", "MAYBE"),
				refused("an outcome the gate does not offer is refused").at(plan)
					.by("lena")
					.sending((version, idea) -> decision("PLAN", "KILL", version))
					.answers(400)
					.naming("outcome")
					.saying("[GO]", "plan gate"),
				// Who decides
				refused("an intrapreneur cannot screen").at(screening)
					.by("anna")
					.sending((version, idea) -> decision("SCREENING", "GO", version).set("scores", scores(5, 5, 5, 5)))
					.answers(403)
					.saying("screening gate is decided by a lab lead"),
				refused("a lab lead cannot take the scale decision").at(scaleDecision)
					.by("lena")
					.readBy("maria")
					.sending((version, idea) -> scaleGo(version).set("checklist", checklist(true)))
					.answers(403)
					.saying("scale gate is decided by an executive"),
				// Conflicts of interest: nobody decides on their own idea
				refused("a lab lead who submitted the idea does not screen it").at(screening.submittedBy("lena"))
					.by("lena")
					.sending((version, idea) -> decision("SCREENING", "GO", version).set("scores", scores(4, 4, 4, 4)))
					.answers(403)
					.because("SUBMITTER")
					.saying("Another lab lead of Norrvik municipality decides this: you submitted the idea")
					.mayPass("karin")
					.notOffered(),
				refused("a lab lead who co-authored the idea does not screen it").at(screening.coAuthoredBy("lena"))
					.by("lena")
					.sending((version, idea) -> decision("SCREENING", "GO", version).set("scores", scores(4, 4, 4, 4)))
					.answers(403)
					.because("CO_AUTHOR")
					.saying("Another lab lead of Norrvik municipality decides this: you co-authored the idea")
					.mayPass("karin")
					.notOffered(),
				refused("who proposed scaling does not approve it").at(scaleDecision.proposedBy("karin"))
					.by("karin")
					.readBy("maria")
					.sending((version, idea) -> scaleGo(version).set("checklist", checklist(true)))
					.answers(403)
					.because("SCALE_PROPOSER")
					.saying("Another executive of Norrvik municipality decides this: you proposed scaling it",
							"four eyes", "Maria Sandberg")
					.mayPass("maria", "erik")
					.notOffered(),
				refused("a lab lead and executive who submitted the idea does not decide its scale after another's test Go")
					.at(scaleDecision.submittedBy("karin"))
					.by("karin")
					.readBy("maria")
					.sending((version, idea) -> scaleGo(version).set("checklist", checklist(true)))
					.answers(403)
					.because("SUBMITTER")
					.saying("Another executive of Norrvik municipality decides this: you submitted the idea",
							"Maria Sandberg")
					.mayPass("maria", "erik")
					.notOffered(),
				// Someone else was faster
				refused("a decision on a version someone else changed is refused with the current version")
					.at(plan.withoutTestCard())
					.by("karin")
					.sending((version, idea) -> decision("SCREENING", "KILL", idea.versionIn(Stage.SCREENING))
						.set("scores", scores(1, 1, 1, 1)))
					.answers(409)
					.saying(REFERENCE, "changed since you read it")
					.withCurrentVersion());
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("refusals")
	void aRefusedDecisionSaysWhyAndChangesNothing(Refusal refusal) {
		DrivenIdea idea = idea(refusal.setup);
		ApiClient reader = as(refusal.reader);
		IdeaState before = IdeaState.of(reader, idea.id());

		JsonNode problem = as(refusal.decider)
			.post("/api/ideas/{id}/decisions", refusal.request.body(before.version(), idea), idea.id())
			.problem(refusal.status);

		if (refusal.fieldsInAnyOrder) {
			assertThat(fields(problem)).containsExactlyInAnyOrderElementsOf(refusal.fields);
		}
		else {
			assertThat(fields(problem)).containsExactlyElementsOf(refusal.fields);
		}
		String detail = problem.path("detail").asText();
		assertThat(detail).startsWith(refusal.detailStart);
		refusal.detail.forEach(
				(fragment) -> assertThat(detail).contains(REFERENCE.equals(fragment) ? idea.reference() : fragment));
		if (!refusal.reasonRequired.isEmpty()) {
			assertThat(problem.path("reason").asText()).isEqualTo(refusal.reasonRequired);
			assertThat(problem.path("mayPass")).extracting(JsonNode::asText)
				.containsAll(refusal.mayPass)
				.doesNotContain(refusal.decider);
		}
		if (refusal.currentVersion) {
			assertThat(problem.path("currentVersion").asLong()).isEqualTo(before.version());
		}
		if (refusal.notOffered) {
			ApiClient decider = as(refusal.decider);
			assertThat(decideActions(decider.idea(idea.id()))).as("%s is offered no decision", refusal.decider)
				.isEmpty();
			assertThat(taskReferences(decider)).doesNotContain(idea.reference());
		}
		assertThat(IdeaState.of(reader, idea.id())).isEqualTo(before);
	}

	@Test
	void whoProposedScalingIsNotOfferedTheScaleDecisionAnotherExecutiveTakesIt() {
		DrivenIdea idea = IdeaDriver.norrvik(this::as)
			.idea("Four eyes on the scale decision")
			.scaleProposedBy("karin")
			.to(Stage.SCALE_DECISION);
		ApiClient karin = as("karin");
		ApiClient maria = as("maria");
		assertThat(lastDecisionBy(idea)).isEqualTo("karin");
		assertThat(decideActions(karin.idea(idea.id()))).as("karin is not offered her own scale decision").isEmpty();
		assertThat(taskReferences(karin)).doesNotContain(idea.reference());
		assertThat(decideActions(maria.idea(idea.id()))).containsExactly("SCALE");

		JsonNode taken = maria.decide(idea.id(), scaleGo(idea.version()).set("checklist", checklist(true)));

		assertThat(taken.path("decidedBy").asText()).isEqualTo("maria");
		assertThat(taken.path("decidedAs").asText()).isEqualTo("EXECUTIVE");
		assertThat(maria.idea(idea.id()).path("stage").asText()).isEqualTo("scaling");
	}

	@Test
	void anEditOnAnOldVersionIsRefusedWithTheCurrentVersion() {
		ApiClient anna = as("anna");
		JsonNode draft = anna.post("/api/ideas", ApiClient.newIdea("Edited twice")).expect(201);
		long read = version(draft);
		JsonNode edited = anna.put("/api/ideas/{id}", ApiClient.newIdea("Edited once").put("version", read), id(draft))
			.expect(200);

		JsonNode problem = anna
			.put("/api/ideas/{id}", ApiClient.newIdea("Edited on an old copy").put("version", read), id(draft))
			.problem(409);

		assertThat(problem.path("currentVersion").asLong()).isEqualTo(version(edited)).isNotEqualTo(read);
		JsonNode after = anna.idea(id(draft));
		assertThat(after.path("title").asText()).isEqualTo("Edited once");
		assertThat(version(after)).isEqualTo(version(edited));
	}

	@ParameterizedTest(name = "{0} {1}")
	@CsvSource({ "PUT, /api/ideas/{id}/decisions/{decisionId}", "PATCH, /api/ideas/{id}/decisions/{decisionId}",
			"DELETE, /api/ideas/{id}/decisions/{decisionId}", "PUT, /api/ideas/{id}/decisions",
			"PATCH, /api/ideas/{id}/decisions", "DELETE, /api/ideas/{id}/decisions" })
	void aDecisionCannotBeChangedOrRemoved(String method, String path) {
		DrivenIdea idea = idea(Setup.in(Stage.REVISION));
		ApiClient lena = as("lena");
		JsonNode screened = lastDecision(lena, idea);
		assertThat(screened.path("outcome").asText()).isEqualTo("RECYCLE");
		IdeaState before = IdeaState.of(lena, idea.id());
		HttpMethod httpMethod = HttpMethod.valueOf(method);
		ObjectNode change = (httpMethod == HttpMethod.DELETE) ? null
				: decision("SCREENING", "GO", before.version()).put("rationale", "Changed my mind")
					.set("scores", scores(5, 5, 5, 5));

		Response answer = lena.exchange(httpMethod, path, change, idea.id(), screened.path("id").asLong());

		assertThat(answer.status()).as("%s answered %s", answer.request(), answer.body()).isIn(404, 405);
		JsonNode problem = answer.problem(answer.status());
		assertThat(IdeaState.of(lena, idea.id())).isEqualTo(before);
		JsonNode decision = lastDecision(lena, idea);
		assertThat(decision.path("outcome").asText()).isEqualTo("RECYCLE");
		assertThat(decision.path("rationale").asText()).isEqualTo(screened.path("rationale").asText());
		assertThat(problem.path("detail").asText()).as("what %s is told", answer.request())
			.doesNotContainIgnoringCase("static resource");
	}

	/** A detail fragment that stands for the idea's reference. */
	private static final String REFERENCE = "{reference}";

	/**
	 * How the idea of a refusal is set up: the stage the driver takes it to, who wrote it
	 * (Anna unless told), who co-wrote it, who proposed it for scaling (Lena unless
	 * told), and whether it has a test card in plan.
	 */
	record Setup(Stage stage, String author, String coAuthor, String proposer, boolean testCard) {

		static Setup in(Stage stage) {
			return new Setup(stage, "anna", null, "lena", true);
		}

		Setup submittedBy(String author) {
			return new Setup(this.stage, author, this.coAuthor, this.proposer, this.testCard);
		}

		Setup coAuthoredBy(String coAuthor) {
			return new Setup(this.stage, this.author, coAuthor, this.proposer, this.testCard);
		}

		Setup proposedBy(String proposer) {
			return new Setup(this.stage, this.author, this.coAuthor, proposer, this.testCard);
		}

		Setup withoutTestCard() {
			return new Setup(this.stage, this.author, this.coAuthor, this.proposer, false);
		}

	}

	/** A decision's body, for the version the reader read, on the idea set up. */
	@FunctionalInterface
	interface Request {

		ObjectNode body(long version, DrivenIdea idea);

	}

	/** One refused decision: its setup, who sends what, and what they are told. */
	static final class Refusal {

		private final String name;

		private Setup setup;

		private String decider;

		private String reader = "lena";

		private Request request;

		private int status;

		private List<String> fields = List.of();

		private boolean fieldsInAnyOrder;

		private String detailStart = "";

		private List<String> detail = List.of();

		private String reasonRequired = "";

		private List<String> mayPass = List.of();

		private boolean notOffered;

		private boolean currentVersion;

		private Refusal(String name) {
			this.name = name;
		}

		Refusal at(Setup setup) {
			this.setup = setup;
			return this;
		}

		/** Sent by this person. */
		Refusal by(String decider) {
			this.decider = decider;
			return this;
		}

		/** Whose reading of the idea must not change (Lena unless told). */
		Refusal readBy(String reader) {
			this.reader = reader;
			return this;
		}

		Refusal sending(Request request) {
			this.request = request;
			return this;
		}

		Refusal answers(int status) {
			this.status = status;
			return this;
		}

		/** The fields the problem names, in order; none unless told. */
		Refusal naming(String... fields) {
			this.fields = List.of(fields);
			return this;
		}

		Refusal namingInAnyOrder(String... fields) {
			this.fieldsInAnyOrder = true;
			return naming(fields);
		}

		Refusal startingWith(String detailStart) {
			this.detailStart = detailStart;
			return this;
		}

		/** Fragments of the detail; {@link #REFERENCE} for the idea's reference. */
		Refusal saying(String... fragments) {
			this.detail = List.of(fragments);
			return this;
		}

		/** A conflict of interest, with its reason. */
		Refusal because(String reason) {
			this.reasonRequired = reason;
			return this;
		}

		/** Among those named as passing the gate instead (never the decider). */
		Refusal mayPass(String... usernames) {
			this.mayPass = List.of(usernames);
			return this;
		}

		/**
		 * The decider is not offered the decision on the idea's page nor in their tasks.
		 */
		Refusal notOffered() {
			this.notOffered = true;
			return this;
		}

		/** A 409 that tells the idea's current version. */
		Refusal withCurrentVersion() {
			this.currentVersion = true;
			return this;
		}

		@Override
		public String toString() {
			return this.name;
		}

	}

	private static Refusal refused(String name) {
		return new Refusal(name);
	}

	/**
	 * What a refusal must leave alone: the idea's version and stage, its timeline, its
	 * decisions, and what the reader may do (which follows the open gate in the engine).
	 */
	record IdeaState(long version, String stage, JsonNode timeline, JsonNode decisions, JsonNode actions) {

		static IdeaState of(ApiClient reader, long id) {
			JsonNode now = reader.idea(id);
			return new IdeaState(GateRefusalsIT.version(now), now.path("stage").asText(), now.path("timeline"),
					reader.decisions(id), now.path("actions"));
		}

	}

	/** The idea of this setup, driven once and shared by the refusals. */
	private DrivenIdea idea(Setup setup) {
		return this.ideas.computeIfAbsent(setup, (key) -> {
			IdeaDriver.NewIdea idea = IdeaDriver.norrvik(this::as)
				.idea("Refused at " + key.stage() + " (" + (this.ideas.size() + 1) + ")")
				.by(key.author())
				.scaleProposedBy(key.proposer());
			if (key.coAuthor() != null) {
				idea.coAuthoredBy(key.coAuthor());
			}
			if (key.testCard()) {
				idea.withTestCard();
			}
			return idea.to(key.stage());
		});
	}

	private String lastDecisionBy(DrivenIdea idea) {
		return lastDecision(as("lena"), idea).path("decidedBy").asText(null);
	}

	private static JsonNode lastDecision(ApiClient reader, DrivenIdea idea) {
		JsonNode decisions = reader.decisions(idea.id());
		return decisions.path(decisions.size() - 1);
	}

	private static ObjectNode scaleGo(long version) {
		return decision("SCALE", "GO", version).put("budget", new BigDecimal("80000"))
			.put("receivingUnit", "Contact centre");
	}

	private static ObjectNode withoutVersion(ObjectNode request) {
		request.remove("version");
		return request;
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
