package org.civiclab.lists;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.civiclab.ApiClient;
import org.civiclab.IdeaDriver;
import org.civiclab.IdeaDriver.DrivenIdea;
import org.civiclab.IdeaDriver.Stage;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.civiclab.ApiClient.newIdea;
import static org.civiclab.ApiClient.object;

/**
 * A custom field an admin adds, through the whole application and without a restart: the
 * submission form's spec carries it, the server checks it, the idea stores it, its page
 * shows it (to its organisation only), the board filters on it and the dashboard's export
 * has a column for it.
 */
class CustomFieldsIT extends ApiClient.FullStack {

	@Autowired
	private JdbcTemplate jdbc;

	@LocalServerPort
	private int port;

	private Long field;

	/** A required field would refuse the ideas of the tests that run after this one. */
	@AfterEach
	void retireTheField() {
		if (this.field != null) {
			this.jdbc.update("update custom_field set retired = true where id = ?", this.field);
		}
	}

	@Test
	void aFieldAnAdminAddsIsOnTheFormCheckedStoredShownAndFilterable() throws Exception {
		long norrvik = as("anna").get("/api/me").expect(200).path("organisationId").asLong();
		String label = "Funding source " + ManagedListsIT.suffix();
		JsonNode added = as("admin")
			.post("/api/admin/organisations/{id}/fields",
					object().put("label", label)
						.put("type", "CHOICE")
						.put("required", true)
						.set("choices", object().arrayNode().add("EU grant").add("Own budget")),
					norrvik)
			.expect(201);
		this.field = added.path("id").asLong();
		String name = "fields." + this.field;

		JsonNode spec = as("anna").get("/api/custom-fields").expect(200);
		assertThat(spec.findValuesAsText("label")).contains(label);

		long ideas = this.jdbc.queryForObject("select count(*) from idea", Long.class);
		JsonNode missing = as("anna").post("/api/ideas", newIdea("Without the field")).problem(400);
		JsonNode wrong = as("anna").post("/api/ideas", withField(newIdea("A wrong choice"), "Lottery")).problem(400);
		assertThat(missing.path("errors").findValuesAsText("field")).containsExactly(name);
		assertThat(wrong.path("errors").findValuesAsText("field")).containsExactly(name);
		assertThat(this.jdbc.queryForObject("select count(*) from idea", Long.class)).isEqualTo(ideas);

		JsonNode draft = as("anna").post("/api/ideas", withField(newIdea("Funded by the EU"), "eu GRANT")).expect(201);
		long id = draft.path("id").asLong();
		as("anna").post("/api/ideas/{id}/submit", ApiClient.version(draft.path("version").asLong()), id).expect(200);

		JsonNode shown = as("lena").get("/api/ideas/{id}/fields", id).expect(200);
		assertThat(shown.findValuesAsText("label")).containsExactly(label);
		assertThat(shown.findValuesAsText("value")).as("stored as the field spells it").containsExactly("EU grant");
		assertThat(ManagedListsIT
			.cards(as("lena").get("/api/board?field={field}&fieldValue={value}", this.field, "EU GRANT").expect(200)))
			.containsExactly(draft.path("reference").asText());
		List<List<String>> rows = csv(download("maria", "/api/portfolio/dashboard/export.csv"));
		int column = rows.stream().filter((row) -> row.contains(label)).findFirst().orElseThrow().indexOf(label);
		List<String> exported = rows.stream()
			.filter((row) -> row.get(0).equals(draft.path("reference").asText()))
			.findFirst()
			.orElseThrow();
		assertThat(exported.subList(0, 3)).containsExactly(draft.path("reference").asText(), "Funded by the EU",
				"screening");
		assertThat(exported.get(column)).isEqualTo("EU grant");
	}

	@Test
	void anotherOrganisationsReaderSeesNoneOfAnIdeasFields() {
		DrivenIdea published = IdeaDriver.norrvik(this::as).idea("Published with fields").to(Stage.PLAN);

		as("lena").get("/api/ideas/{id}/fields", published.id()).expect(200);
		as("sara").get("/api/ideas/{id}/fields", published.id()).problem(404);
		assertThat(as("sara").idea(published.id()).has("fields")).as("the shared view is as it was").isFalse();
	}

	@Test
	void aValueOfTheWrongTypeIsRefusedNamingTheField() {
		long norrvik = as("anna").get("/api/me").expect(200).path("organisationId").asLong();
		JsonNode number = as("admin")
			.post("/api/admin/organisations/{id}/fields",
					object().put("label", "Staff hours " + ManagedListsIT.suffix())
						.put("type", "NUMBER")
						.put("required", false),
					norrvik)
			.expect(201);
		long id = number.path("id").asLong();
		try {
			ObjectNode idea = newIdea("Hours in words");
			idea.putArray("fields").add(object().put("fieldId", id).put("value", "forty"));
			JsonNode refused = as("anna").post("/api/ideas", idea).problem(400);
			assertThat(refused.path("errors").findValuesAsText("field")).containsExactly("fields." + id);
		}
		finally {
			this.jdbc.update("update custom_field set retired = true where id = ?", id);
		}
	}

	private ObjectNode withField(ObjectNode idea, String value) {
		idea.putArray("fields").add(object().put("fieldId", this.field).put("value", value));
		return idea;
	}

	private static List<List<String>> csv(String body) throws Exception {
		List<List<String>> rows = new ArrayList<>();
		try (MappingIterator<String[]> lines = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY)
			.readerFor(String[].class)
			.readValues(body)) {
			lines.forEachRemaining((line) -> rows.add(List.of(line)));
		}
		return rows;
	}

	private String download(String username, String path) throws Exception {
		HttpResponse<String> answer = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + path))
				.header("Authorization",
						"Basic " + Base64.getEncoder().encodeToString((username + ":" + ApiClient.PASSWORD).getBytes()))
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(answer.statusCode()).isEqualTo(200);
		return answer.body();
	}

}
