package org.civiclab.board;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import org.civiclab.ApiClient;
import org.civiclab.IdeaDriver;
import org.civiclab.IdeaDriver.DrivenIdea;
import org.civiclab.IdeaDriver.Stage;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The moves each card on the board offers its reader, and an idea's diagram with where it
 * stands.
 */
class BoardMovesIT extends ApiClient.FullStack {

	@Test
	void aCardOffersOnlyTheGateDecisionsItsReaderMayTakeEachToAnotherColumn() {
		ApiClient anna = as("anna");
		ApiClient lena = as("lena");
		ApiClient karin = as("karin");
		ApiClient maria = as("maria");
		DrivenIdea idea = IdeaDriver.norrvik(this::as)
			.idea("Benches that tell the bus times")
			.scaleProposedBy("karin")
			.to(Stage.SCREENING);
		String reference = idea.reference();

		assertThat(moves(lena, reference)).containsExactly("plan SCREENING GO rationale,scores",
				"declined SCREENING KILL rationale,scores", "shelf SCREENING HOLD rationale,scores,wakeUpAt");
		assertThat(card(lena, reference).path("version").asLong()).isEqualTo(idea.versionIn(Stage.SCREENING));
		assertThat(moves(anna, reference)).as("the intrapreneur decides no gate").isEmpty();
		assertThat(moves(maria, reference)).as("an executive does not screen").isEmpty();

		idea.to(Stage.PLAN);
		assertThat(moves(lena, reference)).containsExactly("test PLAN GO rationale,timeBoxEndsAt");
		idea.to(Stage.TEST);
		assertThat(moves(karin, reference)).containsExactly("scale-decision TEST GO rationale",
				"stopped TEST KILL rationale,learningCard", "shelf TEST HOLD rationale,timeBoxEndsAt,wakeUpAt",
				"plan TEST RECYCLE rationale");

		idea.to(Stage.SCALE_DECISION);
		assertThat(moves(karin, reference)).as("who proposed scaling does not decide on it").isEmpty();
		assertThat(moves(lena, reference)).as("a lab lead does not decide on scaling").isEmpty();
		assertThat(moves(maria, reference)).contains("scaling SCALE GO rationale,budget,receivingUnit,checklist",
				"stopped SCALE KILL rationale,learningCard", "test SCALE RECYCLE rationale,timeBoxEndsAt");
	}

	@Test
	void anIdeasDiagramShowsWhereItStandsToThoseWhoMayReadIt() {
		ApiClient omar = as("omar");
		ApiClient lena = as("lena");
		DrivenIdea idea = IdeaDriver.norrvik(this::as)
			.idea("Library lockers at the station")
			.by("omar")
			.to(Stage.DRAFT);
		long id = idea.id();
		lena.get("/api/ideas/{id}/diagram", id).problem(404);
		JsonNode ofDraft = omar.get("/api/ideas/{id}/diagram", id).expect(200);
		assertThat(ofDraft.path("bpmnXml").asText()).contains("id=\"UserTask_ScreenIdea\"");
		assertThat(ofDraft.path("currentActivityIds")).isEmpty();

		idea.to(Stage.SCREENING);
		JsonNode screening = lena.get("/api/ideas/{id}/diagram", id).expect(200);
		assertThat(screening.path("modelVersion").asInt()).isPositive();
		assertThat(screening.path("currentActivityIds")).extracting(JsonNode::asText)
			.containsExactly("UserTask_ScreenIdea");
		assertThat(screening.path("currentActivityNames")).extracting(JsonNode::asText).containsExactly("Screen idea");

		idea.to(Stage.DECLINED);
		JsonNode declined = omar.get("/api/ideas/{id}/diagram", id).expect(200);
		assertThat(declined.path("currentActivityIds")).extracting(JsonNode::asText)
			.containsExactly("EndEvent_Declined");
	}

	private static JsonNode card(ApiClient reader, String reference) {
		JsonNode board = reader.get("/api/board?q={q}", reference).expect(200);
		for (JsonNode column : board.path("columns")) {
			if (column.path("cards").size() > 0) {
				return column.path("cards").path(0);
			}
		}
		throw new AssertionError(reference + " is on no column");
	}

	/** The card's moves, as {@code "stage GATE OUTCOME field,field"}. */
	private static List<String> moves(ApiClient reader, String reference) {
		List<String> moves = new ArrayList<>();
		for (JsonNode move : card(reader, reference).path("moves")) {
			List<String> fields = new ArrayList<>();
			move.path("fields").forEach((field) -> fields.add(field.asText()));
			moves.add(move.path("stage").asText() + " " + move.path("gate").asText() + " "
					+ move.path("outcome").asText() + " " + String.join(",", fields));
		}
		return moves;
	}

}
