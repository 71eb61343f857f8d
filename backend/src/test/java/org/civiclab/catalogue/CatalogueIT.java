package org.civiclab.catalogue;

import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import org.civiclab.ApiClient;
import org.civiclab.IdeaDriver;
import org.civiclab.IdeaDriver.DrivenIdea;
import org.civiclab.IdeaDriver.Stage;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The catalogue over HTTP: Sjöstad's lab lead finds Norrvik's shared pilot with its
 * evidence and adopts it, into Sjöstad's screening with the pilot's test cards to adapt
 * and its impact targets without baselines (Sjöstad measures its own); Norrvik's team is
 * told and its page counts the adoption; Norrvik's organisation-only ideas answer as if
 * they did not exist; nobody but a lab lead of another organisation adopts.
 */
class CatalogueIT extends ApiClient.FullStack {

	private final String word = "Catalogue" + UUID.randomUUID().toString().substring(0, 8);

	@Test
	void aLabLeadOfAnotherOrganisationFindsASharedPilotWithItsEvidenceAndAdoptsIt() {
		IdeaDriver norrvik = IdeaDriver.norrvik(this::as);
		DrivenIdea pilot = norrvik.idea(this.word + " cargo bikes").withTestCard().withImpactTarget().to(Stage.SCALED);
		DrivenIdea internal = norrvik.idea(this.word + " internal").publicIdea(false).to(Stage.PLAN);

		JsonNode found = as("jonas").get("/api/catalogue?q={q}", this.word).expect(200);
		assertThat(found.path("entries").findValuesAsText("reference")).containsExactly(pilot.reference())
			.doesNotContain(internal.reference());
		JsonNode entry = found.path("entries").path(0);
		assertThat(entry.path("organisation").asText()).isEqualTo("Norrvik municipality");
		assertThat(entry.path("outcome").asText()).isEqualTo("SCALED");
		assertThat(
				as("jonas").get("/api/catalogue?q={q}&outcome=STOPPED", this.word).expect(200).path("total").asLong())
			.isZero();

		JsonNode evidence = as("jonas").get("/api/catalogue/{reference}", pilot.reference()).expect(200);
		assertThat(evidence.path("experiments").path(0).path("hypothesis").asText()).isNotBlank();
		assertThat(evidence.path("targets").path(0).path("metric").asText()).isNotBlank();
		assertThat(evidence.path("checklist")).isNotEmpty();
		assertThat(evidence.path("receivingUnit").asText()).isNotBlank();
		assertThat(evidence.toString()).doesNotContain("\"rationale\"", "\"budget\"", "\"decidedBy\"", "\"scores\"",
				"@norrvik.example");

		JsonNode adopted = as("jonas").post("/api/catalogue/{reference}/adoptions", null, pilot.reference())
			.expect(201);
		long adoptedId = adopted.path("ideaId").asLong();
		JsonNode idea = as("jonas").idea(adoptedId);
		assertThat(idea.path("stage").asText()).isEqualTo("screening");
		assertThat(idea.path("entryRoute").asText()).isEqualTo("REUSE");
		assertThat(idea.path("organisation").asText()).isEqualTo("Sjöstad municipality");
		assertThat(idea.path("problem").asText()).isEqualTo(pilot.read().path("problem").asText());
		JsonNode cards = as("jonas").get("/api/ideas/{id}/experiments", adoptedId).expect(200);
		assertThat(cards.findValuesAsText("status")).containsOnly("PLANNED").isNotEmpty();
		assertThat(cards.path(0).path("title").asText())
			.isEqualTo(evidence.path("experiments").path(0).path("title").asText());
		JsonNode targets = as("jonas").get("/api/ideas/{id}/impact-targets", adoptedId).expect(200);
		assertThat(targets.findValuesAsText("metric"))
			.containsExactlyElementsOf(evidence.path("targets").findValuesAsText("metric"))
			.isNotEmpty();
		assertThat(targets.path(0).path("target").path("target").decimalValue())
			.isEqualByComparingTo(evidence.path("targets").path(0).path("target").decimalValue());
		assertThat(targets.findValues("baseline")).as("fresh baselines, to be measured by the adopter")
			.allMatch(JsonNode::isNull);
		assertThat(targets.path(0).path("measurements")).as("nothing measured comes with them").isEmpty();
		assertThat(as("jonas").get("/api/ideas/{id}/adoptions", adoptedId)
			.expect(200)
			.path("origin")
			.path("reference")
			.asText()).isEqualTo(pilot.reference());

		JsonNode seenByNorrvik = as("lena").get("/api/ideas/{id}/adoptions", pilot.id()).expect(200);
		assertThat(seenByNorrvik.path("adoptions").asLong()).isEqualTo(1);
		assertThat(seenByNorrvik.path("adopters")).as("Sjöstad's idea is its own until shared").isEmpty();
		JsonNode seenBySjostad = as("jonas").get("/api/ideas/{id}/adoptions", pilot.id()).expect(200);
		assertThat(seenBySjostad.path("adopters").findValuesAsText("organisation"))
			.containsExactly("Sjöstad municipality");
		assertThat(as("lena").get("/api/notifications?size=100").expect(200).path("items").toString())
			.contains("\"kind\":\"ADOPTED\"", pilot.reference());
		assertThat(as("jonas").get("/api/catalogue/{reference}", pilot.reference())
			.expect(200)
			.path("entry")
			.path("adoptions")
			.asLong()).isEqualTo(1);
	}

	@Test
	void anOrganisationOnlyIdeaOfAnotherOrganisationIsNeitherListedNorFoundNorAdopted() {
		DrivenIdea internal = IdeaDriver.norrvik(this::as)
			.idea(this.word + " internal")
			.publicIdea(false)
			.to(Stage.PLAN);

		assertThat(as("jonas").get("/api/catalogue?q={q}", this.word).expect(200).path("total").asLong()).isZero();
		JsonNode hidden = as("jonas").get("/api/catalogue/{reference}", internal.reference()).problem(404);
		JsonNode missing = as("jonas").get("/api/catalogue/{reference}", "IDEA-1999-9999").problem(404);
		assertThat(hidden.path("code").asText()).isEqualTo(missing.path("code").asText())
			.isEqualTo("catalogue.not-found");
		as("jonas").post("/api/catalogue/{reference}/adoptions", null, internal.reference()).problem(404);
		assertThat(as("lena").get("/api/catalogue?q={q}", this.word).expect(200).path("total").asLong())
			.as("not even to its own organisation: the catalogue is what is shared")
			.isZero();
		anonymous().get("/api/catalogue").expect(401);
	}

	@Test
	void onlyALabLeadOfAnotherOrganisationAdopts() {
		DrivenIdea pilot = IdeaDriver.norrvik(this::as).idea(this.word + " adopted by whom").to(Stage.PLAN);

		assertThat(as("sara").post("/api/catalogue/{reference}/adoptions", null, pilot.reference())
			.problem(403)
			.path("code")
			.asText()).isEqualTo("catalogue.adopt-lab-lead-only");
		assertThat(as("lena").post("/api/catalogue/{reference}/adoptions", null, pilot.reference())
			.problem(403)
			.path("code")
			.asText()).isEqualTo("catalogue.adopt-own-organisation");
		assertThat(as("lena").get("/api/ideas/{id}/adoptions", pilot.id()).expect(200).path("adoptions").asLong())
			.isZero();
	}

}
