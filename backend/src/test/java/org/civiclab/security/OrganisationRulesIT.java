package org.civiclab.security;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import org.civiclab.ApiClient;
import org.civiclab.IdeaDriver;
import org.civiclab.IdeaDriver.Stage;
import org.civiclab.security.Access.Target;
import org.civiclab.security.Fixtures.Fixture;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The organisation rules where the matrix's one cell per endpoint does not reach: the
 * scale gate, my tasks and the board (docs/adr/0014).
 */
class OrganisationRulesIT extends ApiClient.FullStack {

	@Test
	void anExecutiveDecidesOnlyTheirOwnOrganisationsScaleProposals() {
		Fixtures fixtures = new Fixtures(this::as);
		Fixture sjostads = fixtures.fresh(Target.OTHER_ORGANISATION_PUBLIC, Stage.SCALE_DECISION);
		long version = sjostads.ideaVersion();

		JsonNode refused = as("maria").post("/api/ideas/{id}/decisions", IdeaDriver.scaleGo(version), sjostads.ideaId())
			.problem(403);

		assertThat(refused.path("detail").asText()).contains("Sjöstad municipality");
		assertThat(sjostads.ideaVersion()).isEqualTo(version);
		assertThat(as("sofia").idea(sjostads.ideaId()).path("stage").asText()).isEqualTo("scale-decision");
		assertThat(taskIdeas("maria")).doesNotContain(sjostads.ideaId());
		assertThat(taskIdeas("sofia")).contains(sjostads.ideaId());
		assertThat(as("maria").idea(sjostads.ideaId()).path("actions")).as("only the cross-organisation thread")
			.extracting((action) -> action.path("type").asText())
			.containsExactly("DISCUSS_IN_REGION");

		as("sofia").decide(sjostads.ideaId(), IdeaDriver.scaleGo(version));
		assertThat(as("sofia").idea(sjostads.ideaId()).path("stage").asText()).isEqualTo("scaling");
	}

	@Test
	void aLabLeadIsOfferedOnlyTheirOwnOrganisationsGates() {
		Fixtures fixtures = new Fixtures(this::as);
		long norrviks = fixtures.fresh(Target.OWN_ORGANISATION, Stage.SCREENING).ideaId();
		long sjostads = fixtures.fresh(Target.OTHER_ORGANISATION_PUBLIC, Stage.SCREENING).ideaId();

		assertThat(taskIdeas("jonas")).contains(sjostads).doesNotContain(norrviks);
		assertThat(taskIdeas("lena")).contains(norrviks).doesNotContain(sjostads);
		for (long idea : taskIdeas("jonas")) {
			assertThat(as("jonas").idea(idea).path("organisation").asText()).isEqualTo("Sjöstad municipality");
		}
	}

	@Test
	void theBoardShowsTheOwnOrganisationsIdeasAndOtherOrganisationsPublishedOnes() {
		Fixtures fixtures = new Fixtures(this::as);
		long norrviksPrivate = fixtures.fresh(Target.OWN_ORGANISATION, Stage.SCREENING).ideaId();
		long sjostadsPrivate = fixtures.fresh(Target.OTHER_ORGANISATION_PRIVATE, Stage.SCREENING).ideaId();
		long sjostadsPublic = fixtures.fresh(Target.OTHER_ORGANISATION_PUBLIC, Stage.PLAN).ideaId();
		long sjostadsPublicUnscreened = fixtures.fresh(Target.OTHER_ORGANISATION_PUBLIC, Stage.SCREENING).ideaId();

		assertThat(onTheBoard("omar", norrviksPrivate, "anna", "screening")).isTrue();
		assertThat(onTheBoard("omar", sjostadsPublic, "sara", "plan")).as("published from its screening Go on")
			.isTrue();
		assertThat(onTheBoard("omar", sjostadsPublicUnscreened, "sara", "screening")).as("not yet screened").isFalse();
		assertThat(onTheBoard("sara", sjostadsPublicUnscreened, "sara", "screening")).isTrue();
		assertThat(onTheBoard("omar", sjostadsPrivate, "sara", "screening")).isFalse();
		assertThat(onTheBoard("sara", sjostadsPrivate, "sara", "screening")).isTrue();
		assertThat(onTheBoard("sara", norrviksPrivate, "anna", "screening")).isFalse();
		assertThat(onTheBoard("jonas", norrviksPrivate, "anna", "screening")).isFalse();
	}

	private List<Long> taskIdeas(String username) {
		List<Long> ideas = new ArrayList<>();
		as(username).get("/api/tasks/mine").expect(200).forEach((task) -> ideas.add(task.path("ideaId").asLong()));
		return ideas;
	}

	/** Whether the viewer finds the idea on the board, searching for its reference. */
	private boolean onTheBoard(String viewer, long idea, String author, String stage) {
		String reference = as(author).idea(idea).path("reference").asText();
		JsonNode cards = as(viewer).get("/api/board/columns/{stage}?q={q}", stage, reference).expect(200).path("cards");
		for (JsonNode card : cards) {
			if (card.path("id").asLong() == idea) {
				return true;
			}
		}
		return false;
	}

}
