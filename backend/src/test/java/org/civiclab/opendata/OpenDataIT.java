package org.civiclab.opendata;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.civiclab.ApiClient;
import org.civiclab.Municipalities;
import org.civiclab.IdeaDriver;
import org.civiclab.IdeaDriver.DrivenIdea;
import org.civiclab.IdeaDriver.Stage;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.civiclab.ApiClient.object;

/**
 * The open data, read without signing in: only public ideas past their screening Go,
 * every field of every record as the published schema names it, nobody's name without
 * consent, never an e-mail address or a comment; CSV with the schema's columns; cacheable
 * by ETag.
 */
class OpenDataIT extends ApiClient.FullStack {

	static final String PRIVATE_NAME = "Quintessa Valderrama-Oyelaran";

	static final String PRIVATE_EMAIL = "quintessa.valderrama@norrvik.example";

	static final String CONSENTING_NAME = "Bartholomew Consentino";

	static final String COMMENT = "Call me on 070-123 45 67, Quintessa";

	private static final ObjectMapper JSON = new ObjectMapper();

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private PasswordEncoder passwords;

	@LocalServerPort
	private int port;

	private final HttpClient http = HttpClient.newHttpClient();

	@BeforeEach
	void people() {
		person("quintessa", PRIVATE_NAME, PRIVATE_EMAIL, false);
		person("bart", CONSENTING_NAME, "bart@norrvik.example", true);
		// What these ideas name that the demo's lists do not hold.
		Municipalities.addToLists(this.jdbc, "THEMES", "parks");
		Municipalities.addToLists(this.jdbc, "THEMES", "food");
		Municipalities.addToLists(this.jdbc, "DEPARTMENTS", "@SUM(1+1)");
	}

	@Test
	void everyRecordIsPublicValidAgainstTheSchemaAndFreeOfPersonalData() throws Exception {
		IdeaDriver norrvik = IdeaDriver.norrvik(this::as);
		DrivenIdea stopped = norrvik.idea("Pocket parks on parking lots")
			.by("quintessa")
			.theme("parks")
			.learning("We learned that residents want benches, not lawns.")
			.to(Stage.STOPPED);
		as("bart").post("/api/ideas/{id}/comments", object().put("body", COMMENT), stopped.id()).expect(201);
		DrivenIdea named = norrvik.idea("Benches with solar chargers").by("bart").theme("parks").to(Stage.PLAN);
		DrivenIdea hidden = norrvik.idea("Staff canteen leftovers")
			.by("quintessa")
			.publicIdea(false)
			.theme("food")
			.to(Stage.PLAN);
		DrivenIdea unscreened = norrvik.idea("Not screened yet").by("quintessa").theme("food").to(Stage.SCREENING);
		DrivenIdea draft = norrvik.idea("A draft nobody may see").by("quintessa").to(Stage.DRAFT);

		JsonSchema schema = publishedSchema();
		List<JsonNode> records = new ArrayList<>();
		List<String> raw = new ArrayList<>();
		long total = -1;
		for (int page = 0; total < 0 || (long) page * 7 < total; page++) {
			HttpResponse<String> answer = get("/api/open/ideas?page=" + page + "&size=7", Map.of());
			assertThat(answer.statusCode()).isEqualTo(200);
			JsonNode body = JSON.readTree(answer.body());
			assertThat(schema.validate(body)).as("page %d against the published schema", page).isEmpty();
			assertThat(body.path("licence").path("id").asText()).isEqualTo("CC0-1.0");
			total = body.path("total").asLong();
			body.path("ideas").forEach(records::add);
			raw.add(answer.body());
			raw.add(get("/api/open/ideas.csv?page=" + page + "&size=7", Map.of()).body());
		}

		assertThat(records).hasSize((int) total);
		assertThat(references(records)).as("exactly the public ideas past their screening Go, not withdrawn")
			.containsExactlyInAnyOrderElementsOf(this.jdbc.queryForList("""
					select i.reference from idea i where i.sharing = 'PUBLIC' and i.stage <> 'withdrawn'
					and exists (select 1 from gate_decision d where d.idea_id = i.id
					            and d.gate = 'SCREENING' and d.outcome = 'GO')""", String.class))
			.contains(stopped.reference(), named.reference())
			.doesNotContain(hidden.reference(), draft.reference(), unscreened.reference());

		List<String> unconsentedNames = this.jdbc
			.queryForList("select display_name from person where public_name_consent = false", String.class);
		List<String> emails = this.jdbc.queryForList("select email from person where email is not null", String.class);
		List<String> comments = this.jdbc.queryForList("select body from idea_comment", String.class);
		for (JsonNode record : records) {
			Map<String, Object> submitter = this.jdbc.queryForMap("""
					select p.display_name, p.public_name_consent from idea i join person p on p.id = i.submitter_id
					where i.reference = ?""", record.path("reference").asText());
			if (Boolean.TRUE.equals(submitter.get("public_name_consent"))) {
				assertThat(record.path("submitter").asText()).isEqualTo(submitter.get("display_name"));
			}
			else {
				assertThat(record.path("submitter").isNull()).as("no name without consent in %s", record).isTrue();
			}
			for (String value : texts(record)) {
				assertThat(value).as("a field of %s", record.path("reference").asText())
					.satisfies((text) -> unconsentedNames.forEach((name) -> assertThat(text).doesNotContain(name)))
					.satisfies((text) -> emails.forEach((email) -> assertThat(text).doesNotContain(email)))
					.satisfies((text) -> comments.forEach((comment) -> assertThat(text).doesNotContain(comment)));
			}
		}
		assertThat(records).filteredOn((record) -> record.path("reference").asText().equals(named.reference()))
			.singleElement()
			.satisfies((record) -> assertThat(record.path("submitter").asText()).isEqualTo(CONSENTING_NAME));
		JsonNode stoppedRecord = records.stream()
			.filter((record) -> record.path("reference").asText().equals(stopped.reference()))
			.findFirst()
			.orElseThrow();
		assertThat(stoppedRecord.path("stage").asText()).isEqualTo("stopped");
		assertThat(stoppedRecord.path("experiments").path(0).path("learningCard").path("learned").asText())
			.isEqualTo("We learned that residents want benches, not lawns.");
		assertThat(stoppedRecord.findValuesAsText("outcome")).contains("INVALIDATED", "KILL", "STOPPED");
		assertThat(stoppedRecord.path("lifecycleStage").asText()).isEqualTo("DIFFUSING_LESSONS");
		for (String body : raw) {
			assertThat(body).doesNotContain(PRIVATE_NAME, PRIVATE_EMAIL, COMMENT, "quintessa", "Staff canteen",
					"A draft nobody may see", "Not screened yet");
		}
	}

	@Test
	void aPublicIdeaNamesThePilotItAdoptsItsPublishedAdoptersItsLifecycleStageAndItsBenefitsAsIatiResults()
			throws Exception {
		DrivenIdea origin = IdeaDriver.norrvik(this::as)
			.idea("Parcel lockers in libraries")
			.by("quintessa")
			.theme("parks")
			.withImpactTarget()
			.to(Stage.SCALING);
		LocalDate set = LocalDate.now(ZoneOffset.UTC).minusDays(60);
		this.jdbc.update("update impact_target set created_at = ? where id = ?",
				set.atStartOfDay().atOffset(ZoneOffset.UTC), origin.targetId());
		for (int[] measured : new int[][] { { 30, 22 }, { 5, 37 } }) {
			as("lena")
				.post("/api/impact-targets/{id}/measurements",
						object().put("measuredOn", set.plusDays(60 - measured[0]).toString())
							.put("value", measured[1])
							.put("note", "Measured by " + PRIVATE_NAME),
						origin.targetId())
				.expect(201);
		}
		origin.to(Stage.SCALED);
		IdeaDriver sjostad = IdeaDriver.sjostad(this::as);
		DrivenIdea adopter = sjostad.idea("Parcel lockers in Sjöstad's libraries").to(Stage.PLAN);
		DrivenIdea quietAdopter = sjostad.idea("Parcel lockers, not shared").publicIdea(false).to(Stage.PLAN);
		DrivenIdea unscreenedAdopter = sjostad.idea("Parcel lockers, not screened").to(Stage.SCREENING);
		for (DrivenIdea reuse : List.of(adopter, quietAdopter, unscreenedAdopter)) {
			this.jdbc.update("update idea set origin_id = ?, origin_title = ?, entry_route = 'REUSE' where id = ?",
					origin.id(), origin.title(), reuse.id());
		}
		DrivenIdea remote = IdeaDriver.norrvik(this::as).idea("Repair café on Saturdays").by("bart").to(Stage.TEST);
		this.jdbc.update("update idea set origin_url = ?, origin_title = ?, entry_route = 'REUSE' where id = ?",
				"https://civiclab.vasterbotten.example/public/ideas/IDEA-2025-0007", "Repair café", remote.id());

		JsonSchema schema = publishedSchema();
		JsonNode page = JSON.readTree(get("/api/open/ideas?size=200", Map.of()).body());
		assertThat(schema.validate(page)).as("the page against the published schema").isEmpty();
		Map<String, JsonNode> records = new java.util.HashMap<>();
		page.path("ideas").forEach((record) -> records.put(record.path("reference").asText(), record));

		JsonNode pilot = records.get(origin.reference());
		assertThat(pilot.path("outcome").asText()).isEqualTo("SCALED");
		assertThat(pilot.path("lifecycleStage").asText()).isEqualTo("DIFFUSING_LESSONS");
		assertThat(pilot.path("currency").asText()).isEqualTo("SEK");
		assertThat(pilot.path("adopters")).as("only the adopters that are published themselves").hasSize(1);
		assertThat(pilot.path("adopters").path(0)).isEqualTo(JSON.readTree("""
				{"reference": "%s", "organisation": "%s", "stage": "plan",
				 "lifecycleStage": "DEVELOPING_PROPOSALS", "outcome": null}""".formatted(adopter.reference(),
				organisationOf(adopter))));
		JsonNode indicator = pilot.path("results").path(0).path("indicators").path(0);
		assertThat(pilot.path("results").path(0).path("title").asText()).isEqualTo("Bookings online");
		assertThat(indicator.path("measure").asText()).isEqualTo("%");
		assertThat(indicator.path("baseline")).isEqualTo(JSON.readTree("""
				{"date": "%s", "value": 10}""".formatted(set)));
		assertThat(indicator.path("target").decimalValue()).isEqualByComparingTo("40");
		assertThat(indicator.path("periods")).isEqualTo(JSON.readTree("""
				[{"periodStart": "%s", "periodEnd": "%s", "target": 40, "actual": 22},
				 {"periodStart": "%s", "periodEnd": "%s", "target": 40, "actual": 37}]""".formatted(set,
				set.plusDays(30), set.plusDays(30), set.plusDays(55))));

		assertThat(records.get(adopter.reference()).path("origin")).isEqualTo(JSON.readTree("""
				{"reference": "%s", "organisation": "%s", "address": null, "title": "%s"}"""
			.formatted(origin.reference(), organisationOf(origin), origin.title())));
		assertThat(records.get(adopter.reference()).path("entryRoute").asText()).isEqualTo("REUSE");
		assertThat(records.get(remote.reference()).path("origin")).isEqualTo(JSON.readTree("""
				{"reference": null, "organisation": null, "title": "Repair café",
				 "address": "https://civiclab.vasterbotten.example/public/ideas/IDEA-2025-0007"}"""));
		assertThat(records).doesNotContainKeys(quietAdopter.reference(), unscreenedAdopter.reference());
		String everything = get("/api/open/ideas?size=200", Map.of()).body()
				+ get("/api/open/ideas.csv?size=200", Map.of()).body();
		assertThat(everything).doesNotContain(quietAdopter.reference(), unscreenedAdopter.reference(),
				"Parcel lockers, not shared", PRIVATE_NAME, "Measured by");

		Map<String, String> row = csvRows("/api/open/ideas.csv?size=200").stream()
			.filter((candidate) -> origin.reference().equals(candidate.get("reference")))
			.findFirst()
			.orElseThrow();
		assertThat(JSON.readTree(row.get("adopters"))).isEqualTo(pilot.path("adopters"));
		assertThat(JSON.readTree(row.get("results"))).isEqualTo(pilot.path("results"));
		assertThat(row.get("lifecycleStage")).isEqualTo("DIFFUSING_LESSONS");
	}

	private String organisationOf(DrivenIdea idea) {
		return this.jdbc.queryForObject(
				"select o.name from idea i join organisation o on o.id = i.organisation_id where i.id = ?",
				String.class, idea.id());
	}

	@Test
	void theCsvHasTheColumnsTheSchemaNamesAndTheRowsOfTheJson() throws Exception {
		IdeaDriver.norrvik(this::as)
			.idea("Drinking fountains in the squares")
			.by("bart")
			.theme("parks")
			.to(Stage.SCREENING);
		JsonNode schema = JSON.readTree(get("/api/open/schema/ideas.json", Map.of()).body());
		List<String> columns = new ArrayList<>();
		schema.path("$defs").path("idea").path("properties").fieldNames().forEachRemaining(columns::add);

		HttpResponse<String> csv = get("/api/open/ideas.csv?size=200", Map.of());
		JsonNode json = JSON.readTree(get("/api/open/ideas?size=200", Map.of()).body());

		assertThat(csv.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("text/csv"));
		CsvMapper mapper = new CsvMapper();
		MappingIterator<Map<String, String>> rows = mapper.readerFor(Map.class)
			.with(CsvSchema.emptySchema().withHeader())
			.readValues(csv.body());
		List<Map<String, String>> read = rows.readAll();
		assertThat(csv.body().lines().findFirst().orElseThrow().split(",")).containsExactlyElementsOf(columns);
		assertThat(read).hasSize(json.path("ideas").size());
		for (int i = 0; i < read.size(); i++) {
			JsonNode record = json.path("ideas").path(i);
			assertThat(read.get(i).keySet()).containsExactlyElementsOf(columns);
			assertThat(read.get(i).get("reference")).isEqualTo(record.path("reference").asText());
			assertThat(read.get(i).get("title")).isEqualTo(asSpreadsheetText(record.path("title").asText()));
			assertThat(JSON.readTree(read.get(i).get("themes"))).isEqualTo(record.path("themes"));
			assertThat(JSON.readTree(read.get(i).get("experiments"))).isEqualTo(record.path("experiments"));
		}
	}

	@Test
	void aCellThatASpreadsheetWouldTakeForAFormulaIsWrittenAsText() throws Exception {
		ObjectNode idea = ApiClient.newIdea("=HYPERLINK(\"http://evil.example\",\"Open\")")
			.put("problem", "+1+cmd|' /C calc'!A0")
			.put("proposal", "\t=1+2")
			.put("beneficiaries", "-2+3")
			.put("department", "@SUM(1+1)");
		JsonNode draft = as("bart").post("/api/ideas", idea).expect(201);
		JsonNode submitted = as("bart")
			.post("/api/ideas/{id}/submit", ApiClient.version(draft.path("version").asLong()),
					draft.path("id").asLong())
			.expect(200);
		String reference = submitted.path("reference").asText();
		long id = submitted.path("id").asLong();
		as("lena").decide(id, ApiClient.decision("SCREENING", "GO", as("lena").idea(id).path("version").asLong())
			.set("scores", ApiClient.scores(4, 4, 4, 4)));

		Map<String, String> row = csvRows("/api/open/ideas.csv?size=200").stream()
			.filter((candidate) -> reference.equals(candidate.get("reference")))
			.findFirst()
			.orElseThrow();
		JsonNode record = JSON.readTree(get("/api/open/ideas/" + reference, Map.of()).body());

		for (String field : List.of("title", "problem", "proposal", "beneficiaries", "department")) {
			assertThat(row.get(field)).as("the CSV's %s", field).isEqualTo("'" + record.path(field).asText());
		}
		assertThat(record.path("title").asText()).as("the JSON keeps the text as written")
			.isEqualTo(idea.path("title").asText());
		assertThat(row.get("stage")).isEqualTo("plan");
	}

	/**
	 * A text as the CSV holds it: with an apostrophe in front if a spreadsheet would take
	 * it for a formula.
	 */
	static String asSpreadsheetText(String text) {
		return (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) ? "'" + text : text;
	}

	private List<Map<String, String>> csvRows(String path) throws Exception {
		MappingIterator<Map<String, String>> rows = new CsvMapper().readerFor(Map.class)
			.with(CsvSchema.emptySchema().withHeader())
			.readValues(get(path, Map.of()).body());
		return rows.readAll();
	}

	@Test
	void answersAreCachedByETagAndChangeWhenThePortfolioDoes() throws Exception {
		HttpResponse<String> first = get("/api/open/ideas", Map.of());
		String etag = first.headers().firstValue("ETag").orElseThrow();
		assertThat(first.headers().firstValue("Cache-Control"))
			.hasValueSatisfying((value) -> assertThat(value).contains("max-age=300").contains("public"));
		assertThat(first.headers().firstValue("Link"))
			.hasValue("<https://creativecommons.org/publicdomain/zero/1.0/>; rel=\"license\"");

		HttpResponse<String> again = get("/api/open/ideas", Map.of("If-None-Match", etag));
		assertThat(again.statusCode()).isEqualTo(304);
		assertThat(again.body()).isEmpty();

		DrivenIdea submitted = IdeaDriver.norrvik(this::as)
			.idea("Shade sails over playgrounds")
			.by("bart")
			.theme("parks")
			.to(Stage.SCREENING);
		assertThat(get("/api/open/ideas", Map.of("If-None-Match", etag)).statusCode())
			.as("a public idea not yet screened is not published")
			.isEqualTo(304);
		submitted.to(Stage.PLAN);
		HttpResponse<String> changed = get("/api/open/ideas", Map.of("If-None-Match", etag));
		assertThat(changed.statusCode()).isEqualTo(200);
		assertThat(changed.headers().firstValue("ETag")).isPresent().isNotEqualTo(java.util.Optional.of(etag));
	}

	@Test
	void theOpenDataTravelsCompressedToAClientThatAsks() throws Exception {
		for (String path : List.of("/api/open/ideas", "/api/open/ideas.csv", "/api/open/schema/ideas.json")) {
			HttpResponse<String> compressed = get(path, Map.of("Accept-Encoding", "gzip"));
			HttpResponse<String> plain = get(path, Map.of());

			assertThat(compressed.headers().firstValue("Content-Encoding")).as(path).hasValue("gzip");
			assertThat(plain.headers().firstValue("Content-Encoding")).as(path).isEmpty();
			assertThat(compressed.headers().firstValue("ETag")).as(path).isEqualTo(plain.headers().firstValue("ETag"));
		}
	}

	@Test
	void oneIdeaIsPublishedOnlyWhenPublicAndScreened() throws Exception {
		IdeaDriver norrvik = IdeaDriver.norrvik(this::as);
		DrivenIdea shown = norrvik.idea("Rain gardens in car parks").by("quintessa").theme("parks").to(Stage.PLAN);
		DrivenIdea hidden = norrvik.idea("Rota for the staff kitchen")
			.by("quintessa")
			.publicIdea(false)
			.theme("food")
			.to(Stage.PLAN);
		DrivenIdea unscreened = norrvik.idea("Solar lamps on the path")
			.by("quintessa")
			.theme("parks")
			.to(Stage.SCREENING);
		DrivenIdea draft = norrvik.idea("Unsent thoughts").by("quintessa").to(Stage.DRAFT);

		HttpResponse<String> found = get("/api/open/ideas/" + shown.reference(), Map.of());
		ObjectNode ideaSchema = (ObjectNode) JSON.readTree(get("/api/open/schema/ideas.json", Map.of()).body());
		List.of("type", "properties", "required", "additionalProperties").forEach(ideaSchema::remove);
		ideaSchema.put("$ref", "#/$defs/idea");

		assertThat(found.statusCode()).isEqualTo(200);
		assertThat(factory().getSchema(ideaSchema).validate(JSON.readTree(found.body()))).isEmpty();
		assertThat(JSON.readTree(found.body()).path("submitter").isNull()).isTrue();
		assertThat(found.body()).doesNotContain(PRIVATE_NAME, PRIVATE_EMAIL);
		for (DrivenIdea unseen : List.of(hidden, unscreened, draft)) {
			HttpResponse<String> refused = get("/api/open/ideas/" + unseen.reference(), Map.of());
			assertThat(refused.statusCode()).isEqualTo(404);
			assertThat(refused.body()).doesNotContain(unseen.title());
		}
		assertThat(get("/api/open/ideas?size=201", Map.of()).statusCode()).isEqualTo(400);
	}

	/** Adds an intrapreneur of Norrvik with this name and e-mail, once. */
	private void person(String username, String name, String email, boolean consent) {
		Municipalities.addNorrvikPerson(this.jdbc, this.passwords, username, name, email, consent);
	}

	private JsonSchema publishedSchema() throws Exception {
		HttpResponse<String> answer = get("/api/open/schema/ideas.json", Map.of());
		assertThat(answer.statusCode()).isEqualTo(200);
		assertThat(answer.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/schema+json"));
		return factory().getSchema(JSON.readTree(answer.body()));
	}

	private static JsonSchemaFactory factory() {
		return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
	}

	/** Anonymous: no credentials, no session. */
	private HttpResponse<String> get(String path, Map<String, String> headers)
			throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + path));
		headers.forEach(request::header);
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private static Set<String> references(List<JsonNode> records) {
		Set<String> references = new HashSet<>();
		records.forEach((record) -> references.add(record.path("reference").asText()));
		return references;
	}

	/** Every text value anywhere in a record. */
	private static List<String> texts(JsonNode node) {
		List<String> texts = new ArrayList<>();
		if (node.isTextual()) {
			texts.add(node.asText());
		}
		for (Iterator<JsonNode> children = node.elements(); children.hasNext();) {
			texts.addAll(texts(children.next()));
		}
		return texts;
	}

}
