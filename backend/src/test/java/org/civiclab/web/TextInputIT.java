package org.civiclab.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import org.civiclab.ApiClient;

import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;

import static org.assertj.core.api.Assertions.assertThat;
import static org.civiclab.ApiClient.object;

/**
 * Text is counted in characters as people count them (docs/adr/0014): a title of 200
 * emoji is 200 characters, not 400. A required text made only of invisible characters is
 * as empty as one of spaces, and half of a surrogate pair is no character at all.
 */
class TextInputIT extends ApiClient.FullStack {

	/** A character outside the Basic Multilingual Plane: two UTF-16 units. */
	static final String EMOJI = "\uD83C\uDF33";

	@Test
	void aTitleOf200EmojiIsStoredAsWrittenAnd201AreRefused() {
		String title = EMOJI.repeat(200);

		JsonNode stored = as("anna").post("/api/ideas", ApiClient.newIdea(title)).expect(201);
		JsonNode refused = as("anna").post("/api/ideas", ApiClient.newIdea(title + EMOJI)).problem(400);

		assertThat(as("anna").idea(stored.path("id").asLong()).path("title").asText()).isEqualTo(title);
		assertThat(refused.path("errors").findValuesAsText("field")).containsExactly("title");
	}

	@ParameterizedTest
	@ValueSource(strings = { "\u200B\u200B\u200B", "\u200D\uFEFF\u2060", "\u00A0\u3000\u200B", "\u180E\u00AD",
			"\u3164\u115F", "\u2800\u2800" })
	void aRequiredTextOfInvisibleCharactersIsRefusedAsBlank(String invisible) {
		JsonNode idea = as("anna").post("/api/ideas", ApiClient.newIdea("A visible title")).expect(201);

		JsonNode title = as("anna").post("/api/ideas", ApiClient.newIdea(invisible)).problem(400);
		JsonNode comment = as("anna")
			.post("/api/ideas/{id}/comments", object().put("body", invisible), idea.path("id").asLong())
			.problem(400);

		assertThat(title.path("errors").findValuesAsText("field")).containsExactly("title");
		assertThat(comment.path("errors").findValuesAsText("field")).containsExactly("body");
	}

	@Test
	void visibleTextAroundInvisibleCharactersIsKept() {
		String title = "Bike\u200Bsharing for \u2068staff\u2069";

		JsonNode stored = as("anna").post("/api/ideas", ApiClient.newIdea(title)).expect(201);

		assertThat(stored.path("title").asText()).isEqualTo(title);
	}

	@Test
	void halfASurrogatePairIsRefusedNamingTheField() {
		for (String lone : new String[] { "\\ud83c", "\\udf33", "a\\ud83cb", "\\udf33\\ud83c" }) {
			ObjectNode idea = ApiClient.newIdea("PLACEHOLDER");
			String json = idea.toString().replace("PLACEHOLDER", "Lone " + lone + " surrogate");

			JsonNode refused = as("anna").exchangeRaw(HttpMethod.POST, "/api/ideas", json, MediaType.APPLICATION_JSON)
				.problem(400);

			assertThat(refused.path("errors").findValuesAsText("field")).as(lone).containsExactly("title");
		}
	}

}
