package org.civiclab.impact;

import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import org.civiclab.ApiClient;
import org.civiclab.IdeaDriver;
import org.civiclab.IdeaDriver.DrivenIdea;
import org.civiclab.IdeaDriver.Stage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.civiclab.ApiClient.decision;
import static org.civiclab.ApiClient.object;
import static org.civiclab.ApiClient.scores;

/**
 * An adopted pilot's impact targets come with fresh baselines (docs/adr/0036): none until
 * the adopter's lab lead has measured where their own organisation stands and sets it, in
 * a stage whose model allows impact targets. Nobody else sets it.
 */
class ImpactBaselineIT extends ApiClient.FullStack {

	@Test
	void theAdoptersLabLeadSetsTheBaselineOfAnAdoptedTargetOnceThePlanStageAllowsIt() {
		String word = "Baseline" + UUID.randomUUID().toString().substring(0, 8);
		DrivenIdea pilot = IdeaDriver.sjostad(this::as)
			.idea(word + " pilot")
			.withTestCard()
			.withImpactTarget()
			.to(Stage.SCALED);
		long adoptedId = as("lena").post("/api/catalogue/{reference}/adoptions", null, pilot.reference())
			.expect(201)
			.path("ideaId")
			.asLong();
		JsonNode copied = as("lena").get("/api/ideas/{id}/impact-targets", adoptedId).expect(200).path(0);
		long targetId = copied.path("target").path("id").asLong();
		long read = copied.path("target").path("version").asLong();
		assertThat(copied.path("target").path("baseline").isNull()).as("to be measured by the adopter").isTrue();

		assertThat(as("lena").put("/api/impact-targets/{id}/baseline", baseline(12, read), targetId)
			.problem(409)
			.path("code")
			.asText()).as("screening allows no impact targets").isEqualTo("impact.not-in-stage");
		// Screened by Norrvik's other lab lead: Lena submitted the adoption.
		long version = as("karin").idea(adoptedId).path("version").asLong();
		as("karin").decide(adoptedId, decision("SCREENING", "GO", version).set("scores", scores(4, 4, 4, 4)));
		assertThat(as("anna").put("/api/impact-targets/{id}/baseline", baseline(12, read), targetId)
			.problem(403)
			.path("code")
			.asText()).isEqualTo("impact.lab-lead-only");
		assertThat(as("jonas").put("/api/impact-targets/{id}/baseline", baseline(12, read), targetId)
			.problem(404)
			.path("code")
			.asText()).as("the origin's lab lead does not see Norrvik's idea in full")
			.isEqualTo("impact.target-not-found");

		JsonNode set = as("lena").put("/api/impact-targets/{id}/baseline", baseline(12, read), targetId).expect(200);
		assertThat(set.path("baseline").decimalValue()).isEqualByComparingTo("12");
		// Karin corrects it with the version she read before Lena's change: refused,
		// Lena's kept.
		assertThat(as("karin").put("/api/impact-targets/{id}/baseline", baseline(15, read), targetId)
			.problem(409)
			.path("code")
			.asText()).as("a stale correction loses nobody's value").isEqualTo("record.stale");
		JsonNode now = as("lena").get("/api/ideas/{id}/impact-targets", adoptedId).expect(200).path(0).path("target");
		assertThat(now.path("baseline").decimalValue()).isEqualByComparingTo("12");
		assertThat(now.path("target").decimalValue()).isEqualByComparingTo("40");
		as("karin").put("/api/impact-targets/{id}/baseline", baseline(15, now.path("version").asLong()), targetId)
			.expect(200);
		assertThat(as("lena").idea(adoptedId).path("timeline").findValuesAsText("action"))
			.contains("IMPACT_BASELINE_SET");
		assertThat(as("jonas").get("/api/ideas/{id}/impact-targets", pilot.id())
			.expect(200)
			.path(0)
			.path("target")
			.path("baseline")
			.decimalValue()).as("the origin's baseline is its own").isEqualByComparingTo("10");
	}

	private static JsonNode baseline(int value, long version) {
		return object().put("baseline", value).put("version", version);
	}

}
