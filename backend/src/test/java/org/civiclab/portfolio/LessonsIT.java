package org.civiclab.portfolio;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import org.civiclab.ApiClient;
import org.civiclab.IdeaDriver;
import org.civiclab.IdeaDriver.DrivenIdea;
import org.civiclab.IdeaDriver.Stage;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The lessons library finds stopped ideas by a word of what they taught, and by theme;
 * ideas still running are not in it.
 */
class LessonsIT extends ApiClient.FullStack {

	@Test
	void findsAStoppedIdeaByAWordOfItsLearningCard() {
		IdeaDriver norrvik = IdeaDriver.norrvik(this::as);
		DrivenIdea stopped = norrvik.idea("Lending e-bikes to home-care staff")
			.theme("mobility")
			.learning("We learned that the batteries froze in January mornings.")
			.to(Stage.STOPPED);
		DrivenIdea running = norrvik.idea("Frozen batteries swap station")
			.by("omar")
			.theme("mobility")
			.to(Stage.SCREENING);

		JsonNode found = as("omar").get("/api/lessons?q={q}", "BATTERIES FROZE").expect(200);
		JsonNode byTheme = as("omar").get("/api/lessons?q={q}&theme={theme}", "froze", "mobility").expect(200);
		JsonNode otherTheme = as("omar").get("/api/lessons?q={q}&theme={theme}", "froze", "welfare").expect(200);
		JsonNode notFound = as("omar").get("/api/lessons?q={q}", "batteries melted").expect(200);

		assertThat(found.path("lessons").findValuesAsText("reference")).containsExactly(stopped.reference())
			.doesNotContain(running.reference());
		JsonNode lesson = found.path("lessons").path(0);
		assertThat(lesson.path("stoppedAtGate").asText()).isEqualTo("TEST");
		assertThat(lesson.path("learningCard").path("learned").asText()).isEqualTo(
				"We learned that the stop is the result: We learned that the batteries froze in January mornings.");
		assertThat(lesson.path("experiments").path(0).path("outcome").asText()).isEqualTo("INVALIDATED");
		assertThat(lesson.path("experiments").path(0).path("learningCard").path("learned").asText())
			.isEqualTo("We learned that the batteries froze in January mornings.");
		assertThat(lesson.path("themes").get(0).asText()).isEqualTo("mobility");
		assertThat(byTheme.path("total").asLong()).isEqualTo(1);
		assertThat(otherTheme.path("total").asLong()).isZero();
		assertThat(notFound.path("total").asLong()).isZero();
		assertThat(as("anna").get("/api/lessons/themes").expect(200).toString()).contains("\"mobility\"");
	}

	@Test
	void everyLessonIsAStoppedIdea() {
		JsonNode all = as("anna").get("/api/lessons?size=100").expect(200);

		assertThat(all.path("total").asLong()).isPositive();
		all.path("lessons")
			.forEach((lesson) -> assertThat(as("anna").idea(lesson.path("id").asLong()).path("stage").asText())
				.as(lesson.path("reference").asText())
				.isEqualTo("stopped"));
		assertThat(as("anna").get("/api/lessons?size=101").problem(400).path("detail").asText()).contains("size");
	}

}
