package org.civiclab.lists;

import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import org.civiclab.ApiClient;
import org.civiclab.IdeaDriver;
import org.civiclab.IdeaDriver.DrivenIdea;
import org.civiclab.IdeaDriver.Stage;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.civiclab.ApiClient.newIdea;
import static org.civiclab.ApiClient.object;

/**
 * The managed lists through the whole application: an admin tends them, the forms accept
 * only their entries (stored as the list spells them), and every filter matches their
 * values regardless of case, old free text included.
 */
class ManagedListsIT extends ApiClient.FullStack {

	@Autowired
	private JdbcTemplate jdbc;

	@Test
	void aFilterForDigitalFindsIdeasThemedDigital() {
		long norrvik = organisation("anna");
		int added = as("admin").post("/api/admin/organisations/{id}/lists/themes", entry("digital"), norrvik).status();
		assertThat(added).as("added, or there from an earlier test of this run").isIn(201, 400);
		JsonNode idea = as("anna")
			.post("/api/ideas",
					newIdea("Digital mailbox for residents").set("themes", object().arrayNode().add("DIGITAL")))
			.expect(201);
		assertThat(idea.path("themes").get(0).asText()).as("stored as the list spells it").isEqualTo("digital");
		submit(idea);

		assertThat(cards(as("lena").get("/api/board?theme={theme}", "Digital").expect(200)))
			.contains(idea.path("reference").asText());
		assertThat(as("anna").get("/api/lists").expect(200).path("themes").toString()).contains("\"digital\"");
	}

	@Test
	void aFilterForADepartmentFindsItsIdeasWhateverTheirOldSpelling() {
		String department = "Digital services " + suffix();
		long norrvik = organisation("anna");
		as("admin").post("/api/admin/organisations/{id}/lists/departments", entry(department), norrvik).expect(201);
		JsonNode picked = as("anna")
			.post("/api/ideas", newIdea("Picked from the list").put("department", department.toLowerCase()))
			.expect(201);
		JsonNode typed = as("anna").post("/api/ideas", newIdea("Typed before the lists")).expect(201);
		// Free text from before the lists, as it was typed.
		this.jdbc.update("update idea set department = ? where id = ?", department.toUpperCase(),
				typed.path("id").asLong());
		submit(picked);
		submit(typed);

		JsonNode board = as("lena").get("/api/board?department={department}", department).expect(200);

		assertThat(picked.path("department").asText()).isEqualTo(department);
		assertThat(cards(board)).containsExactlyInAnyOrder(picked.path("reference").asText(),
				typed.path("reference").asText());
	}

	@Test
	void aValueOutsideTheListIsRefusedNamingTheFieldAndNothingChanges() {
		long ideas = count("idea");
		JsonNode badTheme = as("anna")
			.post("/api/ideas", newIdea("Not on the list").set("themes", object().arrayNode().add("Astrology")))
			.problem(400);
		JsonNode badDepartment = as("anna")
			.post("/api/ideas", newIdea("Not on the list").put("department", "Ministry of Magic"))
			.problem(400);
		assertThat(badTheme.path("errors").findValuesAsText("field")).containsExactly("themes");
		assertThat(badDepartment.path("errors").findValuesAsText("field")).containsExactly("department");
		assertThat(count("idea")).isEqualTo(ideas);

		JsonNode draft = as("anna").post("/api/ideas", newIdea("A draft to edit")).expect(201);
		ObjectNode edit = newIdea("Edited").put("department", "Ministry of Magic")
			.put("version", draft.path("version").asLong());
		as("anna").put("/api/ideas/{id}", edit, draft.path("id").asLong()).problem(400);
		JsonNode after = as("anna").idea(draft.path("id").asLong());
		assertThat(after.path("title").asText()).isEqualTo("A draft to edit");
		assertThat(after.path("version").asLong()).isEqualTo(draft.path("version").asLong());
	}

	@Test
	void theScaleDecisionTakesAReceivingUnitOfTheListInItsSpelling() {
		DrivenIdea idea = IdeaDriver.norrvik(this::as).idea("Scaled by the list").to(Stage.SCALE_DECISION);
		ApiClient maria = as("maria");
		long version = maria.idea(idea.id()).path("version").asLong();

		JsonNode refused = maria
			.post("/api/ideas/{id}/decisions", IdeaDriver.scaleGo(version).put("receivingUnit", "Hogwarts"), idea.id())
			.problem(400);
		assertThat(refused.path("errors").findValuesAsText("field")).containsExactly("receivingUnit");
		assertThat(maria.idea(idea.id()).path("stage").asText()).isEqualTo("scale-decision");

		maria
			.post("/api/ideas/{id}/decisions", IdeaDriver.scaleGo(version).put("receivingUnit", "CONTACT CENTRE"),
					idea.id())
			.expect(201);
		assertThat(maria.idea(idea.id()).path("receivingUnit").asText()).isEqualTo("Contact centre");
	}

	@Test
	void anAdminTendsTheirOrganisationsListsAndNoOtherOrganisations() {
		long norrvik = organisation("anna");
		long sjostad = organisation("sara");
		String name = "Water " + suffix();
		String lists = "/api/admin/organisations/{id}/lists/{kind}";
		JsonNode water = as("admin").post(lists, entry(name), norrvik, "themes").expect(201);

		assertThat(as("admin").post(lists, entry(name.toUpperCase()), norrvik, "themes")
			.problem(400)
			.path("errors")
			.findValuesAsText("field")).as("unique regardless of case").containsExactly("name");
		as("admin").get(lists, sjostad, "themes").problem(404);
		as("admin").post(lists, entry("Not mine"), sjostad, "themes").problem(404);
		as("anna").get(lists, norrvik, "themes").problem(403);
		as("admin").get(lists, norrvik, "colours").problem(404);

		JsonNode used = as("anna")
			.post("/api/ideas", newIdea("Carries the theme").set("themes", object().arrayNode().add(name)))
			.expect(201);
		String entry = lists + "/{entryId}";
		as("admin").delete(entry, norrvik, "themes", water.path("id").asLong()).problem(409);
		JsonNode retired = as("admin")
			.put(entry, object().put("name", name + " renamed").put("retired", true), norrvik, "themes",
					water.path("id").asLong())
			.expect(200);

		assertThat(retired.path("uses").asLong()).isEqualTo(1);
		assertThat(as("anna").idea(used.path("id").asLong()).path("themes").get(0).asText())
			.as("what carries the old name takes the new one")
			.isEqualTo(name + " renamed");
		assertThat(as("anna").get("/api/lists").expect(200).path("themes").toString()).doesNotContain(name);
		as("anna")
			.post("/api/ideas", newIdea("A retired theme").set("themes", object().arrayNode().add(name + " renamed")))
			.problem(400);
	}

	private long organisation(String username) {
		return as(username).get("/api/me").expect(200).path("organisationId").asLong();
	}

	private void submit(JsonNode draft) {
		as("anna")
			.post("/api/ideas/{id}/submit", ApiClient.version(draft.path("version").asLong()),
					draft.path("id").asLong())
			.expect(200);
	}

	private long count(String table) {
		return this.jdbc.queryForObject("select count(*) from " + table, Long.class);
	}

	static List<String> cards(JsonNode board) {
		return board.path("columns")
			.findValues("cards")
			.stream()
			.flatMap((cards) -> java.util.stream.StreamSupport.stream(cards.spliterator(), false))
			.map((card) -> card.path("reference").asText())
			.toList();
	}

	static ObjectNode entry(String name) {
		return object().put("name", name);
	}

	/** Keeps names apart between runs on the shared database. */
	static String suffix() {
		return UUID.randomUUID().toString().substring(0, 8);
	}

}
