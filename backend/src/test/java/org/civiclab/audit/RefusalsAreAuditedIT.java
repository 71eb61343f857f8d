package org.civiclab.audit;

import org.junit.jupiter.api.Test;

import org.civiclab.ApiClient;
import org.civiclab.IdeaDriver;
import org.civiclab.IdeaDriver.DrivenIdea;
import org.civiclab.IdeaDriver.Stage;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.civiclab.ApiClient.decision;
import static org.civiclab.ApiClient.object;
import static org.civiclab.ApiClient.scores;

/**
 * Failed sign-ins and refused actions are kept in the audit log, although nothing they
 * attempted happened.
 */
class RefusalsAreAuditedIT extends ApiClient.FullStack {

	@Autowired
	AuditEventRepository events;

	@Test
	void aFailedSignInIsAuditedWithoutThePassword() {
		as("anna").post("/api/session", object().put("username", "maria").put("password", "not-her-password"))
			.problem(401);

		assertThat(this.events.findTop50ByActionOrderByIdDesc("SIGN_IN_FAILED"))
			.anySatisfy((event) -> assertThat(event.getActor()).isEqualTo("maria"))
			.noneSatisfy((event) -> assertThat(event.getDetails()).contains("not-her-password"));
	}

	@Test
	void anActionRefusedForTheRoleIsAuditedAndTheIdeasTimelineIsUnchanged() {
		DrivenIdea idea = IdeaDriver.norrvik(this::as).idea("Screened by its own author").to(Stage.SCREENING);
		long id = idea.id();

		as("anna")
			.post("/api/ideas/{id}/decisions",
					decision("SCREENING", "GO", idea.versionIn(Stage.SCREENING)).set("scores", scores(5, 5, 5, 5)), id)
			.problem(403);

		assertThat(this.events.findTop50ByActionOrderByIdDesc("ACTION_REFUSED")).anySatisfy((event) -> {
			assertThat(event.getActor()).isEqualTo("anna");
			assertThat(event.getDetails()).contains("POST /api/ideas/" + id + "/decisions")
				.contains("decided by a lab lead");
		});
		assertThat(as("anna").idea(id).path("timeline").findValuesAsText("action")).doesNotContain("ACTION_REFUSED",
				"GATE_DECIDED");
	}

}
