package org.civiclab.jointpilot;

import java.time.LocalDate;
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
import static org.civiclab.ApiClient.object;
import static org.civiclab.ApiClient.version;

/**
 * A joint pilot (the Together issue): Norrvik leads, Sjöstad and a third municipality are
 * partners. Each partner's people see it in full and on their board, each partner's lab
 * lead records a measurement for its own site, and each partner's executive takes the
 * scale decision for their own organisation, once; the lead's own decisions stay the
 * lead's.
 */
class JointPilotIT extends ApiClient.FullStack {

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void aLeadAndTwoPartnersEachMeasureTheirSiteAndDecideTheirOwnScale() {
		Third angby = thirdMunicipality();
		long sjostad = organisationId("Sjöstad municipality");
		DrivenIdea pilot = IdeaDriver.norrvik(this::as)
			.idea("Joint pilot: shared school transport booking")
			.publicIdea(false)
			.withTestCard()
			.withImpactTarget()
			.to(Stage.PLAN);

		as("jonas").get("/api/ideas/{id}", pilot.id()).problem(404);
		as("lena").put("/api/ideas/{id}/partners", partners(pilot.version(), angby.id, sjostad), pilot.id())
			.expect(200);
		as("lena")
			.put("/api/ideas/{id}/partners", partners(pilot.version(), organisationId("Norrvik municipality")),
					pilot.id())
			.problem(400);
		as("jonas").put("/api/ideas/{id}/partners", partners(pilot.version()), pilot.id()).problem(403);

		for (String partner : new String[] { "jonas", "sara", angby.labLead }) {
			assertThat(as(partner).idea(pilot.id()).path("view").asText()).as("%s sees the joint pilot", partner)
				.isEqualTo("FULL");
			assertThat(onTheBoard(partner, pilot)).as("%s's board shows it in full", partner).isEqualTo("FULL");
		}
		assertThat(as("sara").get("/api/ideas/{id}/partners", pilot.id()).expect(200))
			.extracting((each) -> each.path("name").asText())
			.containsExactlyInAnyOrder("Sjöstad municipality", angby.name);
		as("jonas").post("/api/ideas/{id}/decisions", IdeaDriver.planGo(pilot.version()), pilot.id()).problem(403);
		as("jonas").post("/api/ideas/{ideaId}/impact-targets", target(), pilot.id()).problem(403);
		as("sofia").post("/api/ideas/{id}/partner-decisions", go(), pilot.id()).problem(409);

		pilot.to(Stage.SCALE_DECISION);

		as("jonas").post("/api/ideas/{id}/partner-decisions", go(), pilot.id()).problem(403);
		as("maria").post("/api/ideas/{id}/partner-decisions", go(), pilot.id()).problem(403);
		as("sofia")
			.post("/api/ideas/{id}/partner-decisions", object().put("outcome", "GO").put("rationale", "Yes"),
					pilot.id())
			.problem(400);
		as("sofia").post("/api/ideas/{id}/partner-decisions", go(), pilot.id()).expect(201);
		as("sofia").post("/api/ideas/{id}/partner-decisions", go(), pilot.id()).problem(409);
		as(angby.executive)
			.post("/api/ideas/{id}/partner-decisions",
					object().put("outcome", "KILL").put("rationale", "Our routes are too few to carry it."), pilot.id())
			.expect(201);
		assertThat(as("sofia").idea(pilot.id()).path("stage").asText()).as("the lead's decision moves the pipeline")
			.isEqualTo("scale-decision");

		pilot.to(Stage.SCALING);
		measure("lena", pilot, 40);
		measure("jonas", pilot, 25);
		measure(angby.labLead, pilot, 5);

		JsonNode targets = as("jonas").get("/api/ideas/{ideaId}/impact-targets", pilot.id()).expect(200);
		assertThat(targets.get(0).path("measurements")).extracting((each) -> each.path("organisationId").asLong())
			.containsExactlyInAnyOrder(organisationId("Norrvik municipality"), sjostad, angby.id);
		JsonNode decisions = as(angby.labLead).get("/api/ideas/{id}/partner-decisions", pilot.id()).expect(200);
		assertThat(decisions)
			.extracting((each) -> each.path("organisation").asText() + " " + each.path("outcome").asText())
			.containsExactly("Sjöstad municipality GO", angby.name + " KILL");
		assertThat(decisions.get(0).path("budget").decimalValue()).isEqualByComparingTo("250000");
		assertThat(as("omar").get("/api/ideas/{id}/partner-decisions", pilot.id()).expect(200)).hasSize(2);
		assertThat(this.jdbc.queryForObject("select count(*) from partner_decision where idea_id = ?", Long.class,
				pilot.id()))
			.isEqualTo(2);
	}

	private void measure(String labLead, DrivenIdea pilot, int value) {
		as(labLead)
			.post("/api/impact-targets/{targetId}/measurements",
					object().put("measuredOn", LocalDate.now().toString()).put("value", value), pilot.targetId())
			.expect(201);
	}

	private String onTheBoard(String username, DrivenIdea pilot) {
		JsonNode board = as(username).get("/api/board?q={q}&size=5", pilot.reference()).expect(200);
		for (JsonNode column : board.path("columns")) {
			for (JsonNode card : column.path("cards")) {
				if (card.path("id").asLong() == pilot.id()) {
					return card.path("view").asText();
				}
			}
		}
		return "not on the board";
	}

	private static ObjectNode partners(long version, long... organisations) {
		ObjectNode request = version(version);
		var list = request.putArray("organisations");
		for (long organisation : organisations) {
			list.add(organisation);
		}
		return request;
	}

	private static ObjectNode go() {
		return object().put("outcome", "GO")
			.put("rationale", "It carries our rural routes too.")
			.put("budget", 250000)
			.put("receivingUnit", "School transport, Sjöstad");
	}

	private static ObjectNode target() {
		return object().put("metric", "Bookings").put("unit", "per week").put("baseline", 0).put("target", 10);
	}

	/** A third municipality of the region, with its lab lead and executive. */
	private record Third(long id, String name, String labLead, String executive) {
	}

	private Third thirdMunicipality() {
		String suffix = UUID.randomUUID().toString().substring(0, 8);
		String name = "Ängby municipality " + suffix;
		long id = as("regina")
			.post("/api/admin/organisations",
					object().put("name", name).put("defaultLanguage", "sv").put("currency", "SEK"))
			.expect(201)
			.path("id")
			.asLong();
		return new Third(id, name, person("tove-" + suffix, id, "LAB_LEAD"), person("ulf-" + suffix, id, "EXECUTIVE"));
	}

	/** A person of the organisation, signing in with the demo users' password. */
	private String person(String username, long organisation, String role) {
		this.jdbc.update("""
				insert into person (username, password_hash, display_name, organisation_id, department, enabled)
				select ?, password_hash, ?, ?, 'Innovation', true from person where username = 'jonas'""", username,
				username, organisation);
		this.jdbc.update("insert into person_role (person_id, role) select id, ? from person where username = ?", role,
				username);
		return username;
	}

	private long organisationId(String name) {
		return this.jdbc.queryForObject("select id from organisation where name = ?", Long.class, name);
	}

}
