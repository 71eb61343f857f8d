package org.civiclab.review;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;

import org.civiclab.ApiClient;
import org.civiclab.IdeaDriver;
import org.civiclab.IdeaDriver.DrivenIdea;
import org.civiclab.IdeaDriver.Stage;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.civiclab.ApiClient.decision;
import static org.civiclab.ApiClient.object;
import static org.civiclab.ApiClient.scores;

/**
 * A panel of reviewers at screening, end to end (issue 19, docs/adr/0039): the lab lead
 * assigns three colleagues, each scores privately, the late one is reminded, the lab lead
 * sees every score, the spread and the rubric's recommendation and decides; the submitter
 * reads the decision's answer and nothing of the reviews.
 */
class PanelIT extends ApiClient.FullStack {

	private static final String OMARS_NOTE = "Omar's private note: the district office doubts it";

	private static final String ERIKS_NOTE = "Erik's private note: cheaper than it looks";

	private static final String MARIAS_NOTE = "Maria's private note: ask the union first";

	private static final String ANSWER = "Go: plan a test in one district. The panel liked the value for families.";

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ManagementService jobs;

	@Autowired
	RuntimeService processes;

	@Test
	void threeReviewersScoreTheLabLeadSeesTheSpreadAndDecidesTheSubmitterReadsOnlyTheAnswer() {
		DrivenIdea idea = IdeaDriver.norrvik(this::as).idea("Homework help by video").to(Stage.SCREENING);
		long id = idea.id();

		JsonNode assigned = assign(id, 5, "omar", "erik", "maria").expect(200);
		assertThat(assigned).singleElement().satisfies((panel) -> {
			assertThat(panel.path("gate").asText()).isEqualTo("SCREENING");
			assertThat(panel.path("open").asBoolean()).isTrue();
			assertThat(panel.path("assignedBy").asText()).isEqualTo("Lena Holm");
			assertThat(usernames(panel)).containsExactly("omar", "erik", "maria");
		});
		assertThat(notified("omar", id)).containsExactly("REVIEW_REQUESTED");
		assertThat(notified("anna", id)).doesNotContain("REVIEW_REQUESTED");

		// Omar reviews first: until then he sees nobody's scores; then only his own are
		// in.
		JsonNode omarsPanel = as("omar").get("/api/ideas/{id}/reviews", id).expect(200).get(0);
		assertThat(omarsPanel.path("mayReview").asBoolean()).isTrue();
		submit("omar", id, review(5, 4, 4, 2, OMARS_NOTE)).expect(200);
		// Erik, before his own review is in, sees that Omar's is in, not its scores.
		JsonNode eriksBefore = as("erik").get("/api/ideas/{id}/reviews", id).expect(200).get(0);
		assertThat(reviewOf(eriksBefore, "omar").path("submittedAt").isTextual()).isTrue();
		assertThat(reviewOf(eriksBefore, "omar").path("scores").isNull()).isTrue();
		JsonNode eriksAfter = submit("erik", id, review(1, 4, 3, 2, ERIKS_NOTE)).expect(200).get(0);
		assertThat(reviewOf(eriksAfter, "omar").path("scores").path("strategicFit").asInt()).isEqualTo(5);
		assertThat(reviewOf(eriksAfter, "omar").path("notes").isNull()).isTrue();
		assertThat(reviewOf(eriksAfter, "erik").path("notes").asText()).isEqualTo(ERIKS_NOTE);
		assertThat(eriksAfter.path("spread").isNull()).isTrue();

		// Maria is late: the model's reminder reaches her alone.
		fire(id, "TimerEvent_ReviewOverdue");
		assertThat(notified("maria", id)).containsExactly("REVIEW_REQUESTED", "REVIEW_LATE");
		assertThat(notified("omar", id)).containsExactly("REVIEW_REQUESTED");
		assertThat(notified("erik", id)).containsExactly("REVIEW_REQUESTED");

		// With Maria's review every review is in: the lab leads who may read them are
		// told.
		submit("maria", id, review(3, 4, 4, 3, MARIAS_NOTE)).expect(200);
		assertThat(notified("lena", id)).contains("REVIEWS_IN");
		assertThat(notified("karin", id)).contains("REVIEWS_IN");
		assertThat(notified("anna", id)).doesNotContain("REVIEWS_IN", "REVIEW_LATE", "REVIEW_REQUESTED");

		// The lab lead sees every score and note, the spread and the rubric's
		// recommendation.
		JsonNode lenas = as("lena").get("/api/ideas/{id}/reviews", id).expect(200).get(0);
		assertThat(notes(lenas)).containsExactly(OMARS_NOTE, ERIKS_NOTE, MARIAS_NOTE);
		List<JsonNode> spread = new ArrayList<>();
		lenas.path("spread").forEach(spread::add);
		assertThat(spread)
			.extracting((each) -> each.path("criterion").asText(), (each) -> each.path("lowest").asInt(),
					(each) -> each.path("highest").asInt(), (each) -> each.path("disagreement").asBoolean())
			.containsExactly(tuple("strategicFit", 1, 5, true), tuple("citizenValue", 4, 4, false),
					tuple("feasibility", 3, 4, false), tuple("novelty", 2, 3, false));
		assertThat(spread.get(0).path("mean").asDouble()).isEqualTo(3.0);
		assertThat(lenas.path("recommendation").path("outcome").asText()).isIn("GO", "KILL", "HOLD", "RECYCLE");

		// The lab lead decides and writes the answer the submitter reads.
		ObjectNode go = decision("SCREENING", "GO", as("anna").idea(id).path("version").asLong()).put("rationale",
				ANSWER);
		go.set("scores", scores(3, 4, 4, 2));
		long decisionId = as("lena").decide(id, go).path("id").asLong();

		// The panel is kept with the decision, as it was.
		JsonNode kept = as("lena").get("/api/ideas/{id}/reviews", id).expect(200).get(0);
		assertThat(kept.path("open").asBoolean()).isFalse();
		assertThat(kept.path("decisionId").asLong()).isEqualTo(decisionId);
		assertThat(notes(kept)).containsExactly(OMARS_NOTE, ERIKS_NOTE, MARIAS_NOTE);
		long omarsVersion = reviewOf(as("omar").get("/api/ideas/{id}/reviews", id).expect(200).get(0), "omar")
			.path("version")
			.asLong();
		JsonNode locked = as("omar")
			.put("/api/ideas/{id}/reviews/mine", review(1, 1, 1, 1, "Changed my mind").put("version", omarsVersion), id)
			.problem(409);
		assertThat(locked.path("code").asText()).isEqualTo("review.locked");

		// The submitter reads the answer, and nothing of the reviews, on any path.
		assertThat(as("anna").decisions(id).get(0).path("rationale").asText()).isEqualTo(ANSWER);
		as("anna").get("/api/ideas/{id}/reviews", id).problem(404);
		as("jonas").get("/api/ideas/{id}/reviews", id).problem(404);
		as("admin").get("/api/ideas/{id}/reviews", id).problem(404);
		for (String path : List.of("/api/ideas/{id}", "/api/ideas/{id}/decisions", "/api/ideas/{id}/comments",
				"/api/ideas/mine", "/api/tasks/mine", "/api/notifications", "/api/me/data")) {
			String body = as("anna").get(path, id).body();
			assertThat(body).as(path).doesNotContain(OMARS_NOTE, ERIKS_NOTE, MARIAS_NOTE, "Erik's", "reviewer");
		}
	}

	@Test
	void aWithdrawnIdeasPanelClosesWithIt() {
		long id = IdeaDriver.norrvik(this::as).idea("Story walks in the park").to(Stage.SCREENING).id();
		assign(id, 5, "omar", "erik").expect(200);
		submit("omar", id, review(4, 4, 4, 4, "Good")).expect(200);

		as("anna").post("/api/ideas/{id}/withdraw", ApiClient.version(as("anna").idea(id).path("version").asLong()), id)
			.expect(200);

		assertThat(submit("erik", id, review(2, 2, 2, 2, "Late")).problem(409).path("code").asText())
			.isEqualTo("review.closed");
		JsonNode omarsOwn = reviewOf(as("omar").get("/api/ideas/{id}/reviews", id).expect(200).get(0), "omar");
		assertThat(submit("omar", id, review(1, 1, 1, 1, "Changed").put("version", omarsOwn.path("version").asLong()))
			.problem(409)
			.path("code")
			.asText()).isEqualTo("review.closed");
		JsonNode kept = as("lena").get("/api/ideas/{id}/reviews", id).expect(200).get(0);
		assertThat(kept.path("open").asBoolean()).isFalse();
		assertThat(kept.path("mayReview").asBoolean()).isFalse();
		assertThat(reviewOf(kept, "omar").path("notes").asText()).isEqualTo("Good");
		assertThat(reviewOf(kept, "erik").path("submittedAt").isNull()).isTrue();
	}

	@Test
	void theDashboardShowsTheTimeReviewsTake() {
		long id = IdeaDriver.norrvik(this::as).idea("Reading buddies").to(Stage.SCREENING).id();
		assign(id, 5, "omar", "erik").expect(200);
		submit("omar", id, review(3, 3, 3, 3, "Fine")).expect(200);

		JsonNode reviewTime = as("lena").get("/api/portfolio/dashboard").expect(200).path("reviewTime");

		assertThat(reviewTime.path("reviews").asLong()).isPositive();
		assertThat(reviewTime.path("waiting").asLong()).isPositive();
		assertThat(reviewTime.path("medianDays").asDouble()).isGreaterThanOrEqualTo(0.0);
	}

	@Test
	void onlyALabLeadWhoDidNotWriteTheIdeaAssignsColleaguesWhileItWaitsInScreening() {
		IdeaDriver norrvik = IdeaDriver.norrvik(this::as);
		long id = norrvik.idea("Bike repair stands").to(Stage.SCREENING).id();

		assertThat(assign(id, 5, "anna").problem(400).path("errors").get(0).path("code").asText())
			.isEqualTo("panel.reviewer-is-author");
		assertThat(assign(id, 5, "jonas").problem(400).path("errors").get(0).path("code").asText())
			.isEqualTo("panel.reviewer-unknown");
		assertThat(as("omar").put("/api/ideas/{id}/panel", panel(id, 5, "erik"), id).problem(403).path("code").asText())
			.isEqualTo("panel.lab-leads-only");
		assertThat(this.jdbc.queryForObject("select count(*) from panel where idea_id = ?", Long.class, id)).isZero();

		assign(id, 5, "omar").expect(200);
		assertThat(assign(id, 5, "erik").problem(409).path("code").asText()).isEqualTo("panel.already-open");
		assertThat(submit("erik", id, review(3, 3, 3, 3, null)).problem(403).path("code").asText())
			.isEqualTo("review.not-on-panel");

		// Karin's own idea: another lab lead assigns its panel.
		long karins = norrvik.idea("Karin's own idea").by("karin").to(Stage.SCREENING).id();
		assertThat(as("karin").put("/api/ideas/{id}/panel", panel(karins, 5, "omar"), karins)
			.problem(403)
			.path("code")
			.asText()).isEqualTo("panel.own-idea");
		as("karin").get("/api/ideas/{id}/reviews", karins).problem(404);

		long planned = norrvik.idea("Planned already").to(Stage.PLAN).id();
		assertThat(assign(planned, 5, "omar").problem(409).path("code").asText()).isEqualTo("panel.not-now");
	}

	@Test
	void aReviewChangedOnAnOlderVersionIsRefusedAndKeepsTheNewerOne() {
		long id = IdeaDriver.norrvik(this::as).idea("Shared school bikes").to(Stage.SCREENING).id();
		assign(id, 5, "omar", "erik").expect(200);
		JsonNode first = submit("omar", id, review(2, 2, 2, 2, "First thoughts")).expect(200).get(0);
		long version = reviewOf(first, "omar").path("version").asLong();

		submit("omar", id, review(4, 4, 4, 4, "Second thoughts").put("version", version)).expect(200);
		JsonNode stale = submit("omar", id, review(1, 1, 1, 1, "Lost thoughts").put("version", version)).problem(409);

		assertThat(stale.path("code").asText()).isEqualTo("record.stale");
		JsonNode kept = reviewOf(as("omar").get("/api/ideas/{id}/reviews", id).expect(200).get(0), "omar");
		assertThat(kept.path("notes").asText()).isEqualTo("Second thoughts");
		assertThat(kept.path("scores").path("novelty").asInt()).isEqualTo(4);
	}

	private ApiClient.Response assign(long id, int dueDays, String... reviewers) {
		return as("lena").put("/api/ideas/{id}/panel", panel(id, dueDays, reviewers), id);
	}

	private ObjectNode panel(long id, int dueDays, String... reviewers) {
		ObjectNode panel = object().put("dueDays", dueDays)
			.put("version", as("anna").idea(id).path("version").asLong());
		var names = panel.putArray("reviewers");
		for (String reviewer : reviewers) {
			names.add(reviewer);
		}
		return panel;
	}

	private ApiClient.Response submit(String reviewer, long id, ObjectNode review) {
		return as(reviewer).put("/api/ideas/{id}/reviews/mine", review, id);
	}

	private static ObjectNode review(int strategicFit, int citizenValue, int feasibility, int novelty, String notes) {
		ObjectNode review = object().put("notes", notes);
		review.set("scores", scores(strategicFit, citizenValue, feasibility, novelty));
		return review;
	}

	private static List<String> usernames(JsonNode panel) {
		List<String> usernames = new ArrayList<>();
		panel.path("reviews").forEach((review) -> usernames.add(review.path("username").asText()));
		return usernames;
	}

	private static List<String> notes(JsonNode panel) {
		List<String> notes = new ArrayList<>();
		panel.path("reviews").forEach((review) -> notes.add(review.path("notes").asText()));
		return notes;
	}

	private static JsonNode reviewOf(JsonNode panel, String username) {
		for (JsonNode review : panel.path("reviews")) {
			if (review.path("username").asText().equals(username)) {
				return review;
			}
		}
		throw new AssertionError("No review of " + username + " in " + panel);
	}

	private List<String> notified(String username, long ideaId) {
		return this.jdbc.queryForList("""
				select n.kind from notification n join person p on p.id = n.person_id
				where p.username = ? and n.idea_id = ? order by n.id""", String.class, username, ideaId);
	}

	/** Fires a timer of the idea's process, as the engine would when it is due. */
	private void fire(long ideaId, String timer) {
		String process = this.processes.createProcessInstanceQuery()
			.processInstanceBusinessKey(Long.toString(ideaId))
			.singleResult()
			.getId();
		Job job = this.jobs.createJobQuery().processInstanceId(process).activityId(timer).singleResult();
		assertThat(job).as(timer).isNotNull();
		this.jobs.executeJob(job.getId());
	}

}
