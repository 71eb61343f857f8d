package org.civiclab.decision;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import org.civiclab.ApiClient;
import org.civiclab.AtOnce;
import org.civiclab.IdeaDriver;
import org.civiclab.IdeaDriver.DrivenIdea;
import org.civiclab.IdeaDriver.Stage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.civiclab.ApiClient.decision;
import static org.civiclab.ApiClient.scores;

/**
 * Thirty-two lab leads take the same screening decision on the same idea at the same
 * moment: exactly one succeeds, the others are told it changed, and the engine and the
 * tables agree afterwards.
 */
class ConcurrentDecisionsIT extends ApiClient.FullStack {

	static final int CLIENTS = 32;

	@Test
	void exactlyOneOfManyConcurrentDecisionsWins() throws Exception {
		DrivenIdea idea = IdeaDriver.norrvik(this::as).idea("Decided by everyone at once").to(Stage.SCREENING);
		long id = idea.id();
		long version = idea.versionIn(Stage.SCREENING);
		ApiClient lena = as("lena");
		lena.get("/api/me").expect(200);

		List<Integer> statuses = AtOnce.run(CLIENTS,
				(client) -> () -> lena
					.post("/api/ideas/{id}/decisions",
							decision("SCREENING", "GO", version).set("scores", scores(4, 4, 4, 4)), id)
					.status());

		assertThat(statuses).filteredOn((status) -> status == 201).hasSize(1);
		assertThat(statuses).filteredOn((status) -> status == 409).hasSize(CLIENTS - 1);
		JsonNode after = lena.idea(id);
		assertThat(after.path("stage").asText()).isEqualTo("plan");
		assertThat(lena.decisions(id).findValuesAsText("gate")).containsExactly("SCREENING");
		assertThat(after.path("timeline").findValuesAsText("action"))
			.filteredOn((action) -> action.equals("GATE_DECIDED"))
			.hasSize(1);
		assertThat(lena.get("/api/tasks/mine")
			.expect(200)
			.findParents("ideaId")
			.stream()
			.filter((task) -> task.path("ideaId").asLong() == id)
			.map((task) -> task.path("gate").asText())).containsExactly("PLAN");
	}

}
