package org.civiclab.idea;

import java.time.Instant;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import org.civiclab.ApiClient;
import org.civiclab.IdeaDriver;
import org.civiclab.IdeaDriver.DrivenIdea;
import org.civiclab.IdeaDriver.Stage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.civiclab.ApiClient.newIdea;
import static org.civiclab.ApiClient.object;
import static org.civiclab.ApiClient.version;

/**
 * An idea's life beside the gates, over HTTP: drafts are their authors', colleagues
 * comment and support, authors withdraw.
 */
class IdeaLifeIT extends ApiClient.FullStack {

	@Test
	void aDraftIsEditedByItsAuthorOnlyAndSeenByNobodyElse() {
		ApiClient anna = as("anna");
		JsonNode draft = anna.post("/api/ideas", newIdea("Reading buddies for official letters")).expect(201);
		long id = draft.path("id").asLong();

		JsonNode edited = anna
			.put("/api/ideas/{id}",
					newIdea("Reading buddies for letters from the municipality").put("version",
							draft.path("version").asLong()),
					id)
			.expect(200);
		JsonNode refused = as("omar")
			.put("/api/ideas/{id}", newIdea("Taken over").put("version", edited.path("version").asLong()), id)
			.problem(404);

		assertThat(edited.path("title").asText()).isEqualTo("Reading buddies for letters from the municipality");
		assertThat(edited.path("stage").asText()).isEqualTo("draft");
		assertThat(refused.path("detail").asText()).contains("No idea with id " + id);
		assertThat(as("lena").get("/api/ideas/{id}", id).status()).isEqualTo(404);
		assertThat(anna.get("/api/ideas/mine").expect(200).findValuesAsText("reference"))
			.contains(draft.path("reference").asText());
		assertThat(anna.idea(id).path("title").asText()).isEqualTo("Reading buddies for letters from the municipality");
	}

	@Test
	void myIdeasListsTheIdeasIWroteOrCoAuthorDraftsIncludedTheOneChangedLastFirst() {
		ApiClient anna = as("anna");
		ApiClient omar = as("omar");
		JsonNode first = anna.post("/api/ideas", newIdea("Benches that tell the bus times")).expect(201);
		JsonNode second = anna.post("/api/ideas", newIdea("Library cards for newcomers")).expect(201);
		JsonNode omars = omar.post("/api/ideas", newIdea("Snow maps for wheelchairs")).expect(201);
		ObjectNode coAuthors = version(omars.path("version").asLong());
		coAuthors.putArray("coAuthors").add("anna");
		omar.put("/api/ideas/{id}/co-authors", coAuthors, omars.path("id").asLong()).expect(200);
		anna.put("/api/ideas/{id}",
				newIdea("Benches that tell the next bus").put("version", first.path("version").asLong()),
				first.path("id").asLong())
			.expect(200);

		JsonNode mine = anna.get("/api/ideas/mine").expect(200);

		assertThat(mine.findValuesAsText("title")).startsWith("Benches that tell the next bus",
				"Snow maps for wheelchairs", "Library cards for newcomers");
		JsonNode edited = mine.get(0);
		assertThat(edited.path("stage").asText()).isEqualTo("draft");
		assertThat(edited.path("reference").asText()).isEqualTo(first.path("reference").asText());
		assertThat(Instant.parse(edited.path("lastChangedAt").asText()))
			.isAfter(Instant.parse(mine.get(2).path("lastChangedAt").asText()));
		assertThat(as("lena").get("/api/ideas/mine").expect(200).findValuesAsText("reference"))
			.as("somebody else's drafts are not mine")
			.doesNotContain(first.path("reference").asText(), second.path("reference").asText(),
					omars.path("reference").asText());
	}

	@Test
	void aSubmittedIdeaCannotBeEditedAndItsDraftFieldsAreChecked() {
		ApiClient anna = as("anna");
		DrivenIdea idea = IdeaDriver.norrvik(this::as).idea("Shared e-signature").to(Stage.SCREENING);

		JsonNode conflict = anna
			.put("/api/ideas/{id}", newIdea("Changed after submission").put("version", idea.versionIn(Stage.SCREENING)),
					idea.id())
			.problem(409);
		JsonNode invalid = anna.post("/api/ideas", newIdea(" ").put("entryRoute", "BY_ACCIDENT")).problem(400);
		JsonNode blank = anna.post("/api/ideas", newIdea(" ")).problem(400);

		assertThat(conflict.path("detail").asText()).contains("Only a draft");
		assertThat(invalid.path("errors").findValuesAsText("field")).containsExactly("entryRoute");
		assertThat(blank.path("errors").findValuesAsText("field")).containsExactly("title");
		assertThat(anna.idea(idea.id()).path("title").asText()).isEqualTo("Shared e-signature");
	}

	@Test
	void colleaguesCommentAndSupportAndTheBoardCountsTheSupport() {
		DrivenIdea idea = IdeaDriver.norrvik(this::as)
			.idea("Energy dashboards for school buildings")
			.to(Stage.SCREENING);
		long id = idea.id();
		String reference = idea.reference();

		as("omar").post("/api/ideas/{id}/comments", object().put("body", "We could start with my school"), id)
			.expect(201);
		as("omar").put("/api/ideas/{id}/support", null, id).expect(200);
		as("omar").put("/api/ideas/{id}/support", null, id).expect(200);
		JsonNode support = as("lena").put("/api/ideas/{id}/support", null, id).expect(200);

		assertThat(support.path("supports").asLong()).as("one support per person").isEqualTo(2);
		JsonNode comments = as("lena").get("/api/ideas/{id}/comments", id).expect(200);
		assertThat(comments.findValuesAsText("body")).containsExactly("We could start with my school");
		assertThat(comments.findValuesAsText("author")).containsExactly("omar");
		JsonNode card = as("lena").get("/api/board/columns/screening?q={q}", reference)
			.expect(200)
			.path("cards")
			.get(0);
		assertThat(card.path("supports").asLong()).isEqualTo(2);
		assertThat(as("omar").idea(id).path("supportedByMe").asBoolean()).isTrue();

		as("omar").delete("/api/ideas/{id}/support", id).expect(200);
		assertThat(as("omar").idea(id).path("supports").asLong()).isEqualTo(1);
		assertThat(as("anna").idea(id).path("timeline").findValuesAsText("action")).contains("COMMENT_ADDED",
				"SUPPORT_GIVEN", "SUPPORT_WITHDRAWN");
	}

	@Test
	void aCommentWithMarkupIsStoredAsPlainTextAndAnEmptyOneIsRefused() {
		long id = IdeaDriver.norrvik(this::as).idea("Chatbot for waste collection").to(Stage.SCREENING).id();

		as("omar").post("/api/ideas/{id}/comments", object().put("body", "<script>alert(1)</script>"), id).expect(201);
		JsonNode empty = as("omar").post("/api/ideas/{id}/comments", object().put("body", ""), id).problem(400);

		assertThat(as("lena").get("/api/ideas/{id}/comments", id).expect(200).findValuesAsText("body"))
			.containsExactly("<script>alert(1)</script>");
		assertThat(empty.path("errors").findValuesAsText("field")).containsExactly("body");
	}

	@Test
	void onlyTheAuthorWithdrawsAnIdeaAndItLeavesThePipeline() {
		DrivenIdea idea = IdeaDriver.sjostad(this::as).idea("Parking permits as an e-service").to(Stage.SCREENING);
		long id = idea.id();
		long version = idea.versionIn(Stage.SCREENING);

		JsonNode refused = as("jonas").post("/api/ideas/{id}/withdraw", version(version), id).problem(403);
		JsonNode withdrawn = as("sara").post("/api/ideas/{id}/withdraw", version(version), id).expect(200);

		assertThat(refused.path("detail").asText()).contains("Only the authors");
		assertThat(withdrawn.path("stage").asText()).isEqualTo("withdrawn");
		assertThat(withdrawn.path("endedAt").isNull()).isFalse();
		assertThat(as("jonas").get("/api/tasks/mine").expect(200).findValuesAsText("reference"))
			.doesNotContain(idea.reference());
		assertThat(as("sara").post("/api/ideas/{id}/withdraw", version(withdrawn.path("version").asLong()), id)
			.problem(409)
			.path("detail")
			.asText()).contains("already left the pipeline");
	}

}
