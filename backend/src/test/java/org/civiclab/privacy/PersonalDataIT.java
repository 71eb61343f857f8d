package org.civiclab.privacy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import org.civiclab.ApiClient;
import org.civiclab.IdeaDriver;
import org.civiclab.IdeaDriver.DrivenIdea;
import org.civiclab.IdeaDriver.People;
import org.civiclab.IdeaDriver.Stage;
import org.civiclab.Municipalities;
import org.civiclab.people.SignInThrottleKeys;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.civiclab.ApiClient.object;

/**
 * A person's data (issue 14, Done-when 5): a lab lead of Norrvik's with a rich history
 * downloads what CivicLab holds about them, and it is what the database holds; an admin
 * erases them, after which no text column of any table (CivicLab's, the engine's, Spring
 * Session's) holds their username, name or e-mail address, their gate decisions are still
 * there, and the open data is the same to the byte.
 */
class PersonalDataIT extends ApiClient.FullStack {

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private PasswordEncoder passwords;

	@LocalServerPort
	private int port;

	@Test
	void theDownloadHoldsWhatTheDatabaseHoldsAndAnErasureLeavesNoTraceButTheDecisions() throws Exception {
		Someone pia = someone("pia", "Pia Quarnström", true);
		History history = richHistory(pia);

		JsonNode download = as(pia.username).get("/api/me/data").expect(200);
		theDownloadIsTheDatabase(pia, history, download);

		Map<String, byte[]> openData = openData(history.scaling.reference());
		List<Map<String, Object>> decisions = this.jdbc
			.queryForList("select id, gate, outcome from gate_decision where decided_by_id = ? order by id", pia.id);
		assertThat(decisions).hasSizeGreaterThanOrEqualTo(3);

		ApiClient admin = as("admin");
		admin.post("/api/admin/people/{id}/erasure", object().put("confirmUsername", "not-" + pia.username), pia.id)
			.problem(400);
		assertThat(found(pia)).as("a refused erasure changes nothing").isNotEmpty();

		JsonNode erased = admin
			.post("/api/admin/people/{id}/erasure", object().put("confirmUsername", pia.username), pia.id)
			.expect(200);
		String pseudonym = erased.path("pseudonym").asText();
		assertThat(pseudonym).startsWith("Former colleague ");

		assertThat(found(pia)).as("columns that still hold the erased person's data").isEmpty();
		assertThat(this.jdbc.queryForObject("select count(*) from access_token where person_id = ?", Integer.class,
				pia.id))
			.as("the erased person's access tokens")
			.isZero();
		assertThat(this.jdbc.queryForList(
				"select id, gate, outcome from gate_decision where decided_by_id = ?" + " order by id", pia.id))
			.isEqualTo(decisions);
		assertThat(as("lena").decisions(history.scaling.id()))
			.anySatisfy((decision) -> assertThat(decision.path("decidedByName").asText()).isEqualTo(pseudonym));
		Map<String, byte[]> openDataAfter = openData(history.scaling.reference());
		openData.forEach((uri, body) -> assertThat(openDataAfter.get(uri)).as(uri).isEqualTo(body));
		assertThat(this.jdbc.queryForObject("select count(*) from audit_event where action = 'PERSON_ERASED'"
				+ " and actor = 'admin' and record_id = ?", Integer.class, pia.id))
			.isOne();
		assertThat(as(pia.username).get("/api/me").status()).isEqualTo(401);
		assertThat(history.session.get("/api/me").status()).isEqualTo(401);
		assertThat(history.commentNamingPia()).contains(pseudonym).doesNotContain(pia.name);
	}

	@Test
	void anAdminErasesOnlyWithTheUsernameTypedAndOnlyPeopleTheyAdminister() {
		Someone ola = someone("ola", "Ola Vintermyr", false);
		assertThat(as("admin").get("/api/admin/erasure/people").expect(200))
			.anySatisfy((person) -> assertThat(person.path("username").asText()).isEqualTo(ola.username));
		as("lena").post("/api/admin/people/{id}/erasure", object().put("confirmUsername", ola.username), ola.id)
			.problem(403);
		as("admin").post("/api/admin/people/{id}/erasure", object(), ola.id).problem(400);
		long sara = as("sara").get("/api/me").expect(200).path("id").asLong();
		as("admin").post("/api/admin/people/{id}/erasure", object().put("confirmUsername", "sara"), sara).problem(404);
		assertThat(found(ola)).isNotEmpty();
		assertThat(as(ola.username).get("/api/me").status()).isEqualTo(200);
	}

	@Autowired
	private Retention retention;

	@Test
	void theParticipantsOfIdeasThatEndedLongAgoArePseudonymisedOnce() {
		Someone rita = someone("rita", "Rita Ystenes", false);
		IdeaDriver norrvik = IdeaDriver.norrvik(this::as);
		DrivenIdea old = norrvik.idea("Retention: long ago " + rita.id).to(Stage.SCREENING);
		DrivenIdea recent = norrvik.idea("Retention: recent " + rita.id).to(Stage.SCREENING);
		for (DrivenIdea idea : List.of(old, recent)) {
			as(rita.username).post("/api/ideas/{id}/comments", object().put("body", "I like it"), idea.id())
				.expect(201);
			as(rita.username).put("/api/ideas/{id}/support", null, idea.id()).expect(200);
			idea.to(Stage.DECLINED);
		}
		this.jdbc.update("update idea set ended_at = ? where id = ?",
				java.sql.Timestamp.from(java.time.Instant.now().minus(java.time.Duration.ofDays(6 * 366))), old.id());

		this.retention.nightly();

		Long commenter = this.jdbc.queryForObject("select author_id from idea_comment where idea_id = ?", Long.class,
				old.id());
		Long supporter = this.jdbc.queryForObject("select person_id from idea_support where idea_id = ?", Long.class,
				old.id());
		assertThat(commenter).isNotEqualTo(rita.id).isEqualTo(supporter);
		Map<String, Object> pseudonym = this.jdbc.queryForMap(
				"select username, display_name, email, enabled, erased_at from person where id = ?", commenter);
		assertThat((String) pseudonym.get("display_name")).startsWith("Former colleague ");
		assertThat(pseudonym.get("email")).isNull();
		assertThat(pseudonym.get("enabled")).isEqualTo(false);
		assertThat(this.jdbc.queryForList(
				"select actor from audit_event where idea_id = ? and action in" + " ('COMMENT_ADDED', 'SUPPORT_GIVEN')",
				String.class, old.id()))
			.containsOnly((String) pseudonym.get("username"));
		assertThat(this.jdbc.queryForObject("select author_id from idea_comment where idea_id = ?", Long.class,
				recent.id()))
			.as("an idea that ended lately keeps its participants")
			.isEqualTo(rita.id);

		int people = this.jdbc.queryForObject("select count(*) from person", Integer.class);
		assertThat(
				this.retention.pseudonymiseEndedBefore(java.time.Instant.now().minus(java.time.Duration.ofDays(1830))))
			.as("a second run finds nothing left to do")
			.isZero();
		assertThat(this.jdbc.queryForObject("select count(*) from person", Integer.class)).isEqualTo(people);
	}

	/** A Norrvik person of this test's own, with unique name, username and address. */
	private Someone someone(String first, String name, boolean labLead) {
		String code = UUID.randomUUID().toString().substring(0, 6);
		String letters = code.replaceAll("[0-9]", "x");
		Someone person = new Someone(first + "-" + code,
				name + " " + letters.toUpperCase(Locale.ROOT).charAt(0) + letters.substring(1),
				first + "." + code + "@norrvik.example", 0);
		Municipalities.addNorrvikPerson(this.jdbc, this.passwords, person.username, person.name, person.email, false);
		if (labLead) {
			this.jdbc.update("insert into person_role (person_id, role) values"
					+ " ((select id from person where username = ?), 'LAB_LEAD')", person.username);
		}
		return person
			.withId(this.jdbc.queryForObject("select id from person where username = ?", Long.class, person.username));
	}

	record Someone(String username, String name, String email, long id) {

		Someone withId(long id) {
			return new Someone(this.username, this.name, this.email, id);
		}

	}

	/** What Pia did, and the records it left. */
	final class History {

		DrivenIdea scaling;

		DrivenIdea revision;

		DrivenIdea coAuthored;

		long namingComment;

		ApiClient session;

		long accessToken;

		String commentNamingPia() {
			return PersonalDataIT.this.jdbc.queryForObject("select body from idea_comment where id = ?", String.class,
					this.namingComment);
		}

	}

	/**
	 * Pia screens, tests and proposes to scale an idea, measures its benefit, submits one
	 * that is sent back to her, co-authors another, comments and supports; Anna names her
	 * in a comment; she has a session and a failed sign-in.
	 */
	private History richHistory(Someone pia) {
		History history = new History();
		history.scaling = new IdeaDriver(this::as, new People("anna", pia.username, "maria"))
			.idea("Privacy: benches " + pia.id)
			.withTestCard()
			.withImpactTarget()
			.to(Stage.SCALING);
		as(pia.username)
			.post("/api/impact-targets/{id}/measurements",
					object().put("measuredOn", "2026-01-15").put("value", 25).put("note", "First month"),
					history.scaling.targetId())
			.expect(201);
		history.revision = new IdeaDriver(this::as, new People(pia.username, "lena", "maria"))
			.idea("Privacy: a revision " + pia.id)
			.to(Stage.REVISION);
		history.coAuthored = IdeaDriver.norrvik(this::as)
			.idea("Privacy: co-authored " + pia.id)
			.coAuthoredBy(pia.username)
			.to(Stage.SCREENING);
		DrivenIdea supported = IdeaDriver.norrvik(this::as).idea("Privacy: supported " + pia.id).to(Stage.SCREENING);
		as(pia.username).post("/api/ideas/{id}/comments", object().put("body", "Count me in"), supported.id())
			.expect(201);
		as(pia.username).put("/api/ideas/{id}/support", null, supported.id()).expect(200);
		history.namingComment = as("anna")
			.post("/api/ideas/{id}/comments", object().put("body", "Ask " + pia.name + " (" + pia.email + ")"),
					supported.id())
			.expect(201)
			.path("id")
			.asLong();
		history.session = signedIn(pia.username);
		history.session.get("/api/me").expect(200);
		history.accessToken = as(pia.username)
			.post("/api/access-tokens",
					object().put("name", "Pia's report script")
						.put("scope", "READ")
						.put("expiresOn", LocalDate.now(ZoneOffset.UTC).plusDays(30).toString()))
			.expect(201)
			.path("accessToken")
			.path("id")
			.asLong();
		assertThat(anonymous().post("/api/session", object().put("username", pia.username).put("password", "wrong"))
			.status()).isEqualTo(401);
		return history;
	}

	private void theDownloadIsTheDatabase(Someone pia, History history, JsonNode download) {
		JsonNode person = download.path("person");
		assertThat(person.path("username").asText()).isEqualTo(pia.username);
		assertThat(person.path("displayName").asText()).isEqualTo(pia.name);
		assertThat(person.path("email").asText()).isEqualTo(pia.email);
		assertThat(person.has("passwordHash")).isFalse();
		String hash = this.jdbc.queryForObject("select password_hash from person where id = ?", String.class, pia.id);
		assertThat(download.toString()).doesNotContain(hash);
		JsonNode records = download.path("records");
		assertThat(ids(records.path("ideasSubmitted"), "id"))
			.isEqualTo(longs("select id from idea where submitter_id = ? order by id", pia.id))
			.contains(history.revision.id());
		assertThat(ids(records.path("ideasCoAuthored"), "id"))
			.isEqualTo(longs("select idea_id from idea_co_author where person_id = ? order by idea_id", pia.id))
			.containsExactly(history.coAuthored.id());
		assertThat(ids(records.path("scaleProposals"), "id")).containsExactly(history.scaling.id());
		assertThat(ids(records.path("comments"), "id"))
			.isEqualTo(longs("select id from idea_comment where author_id = ? order by id", pia.id))
			.hasSize(1);
		assertThat(ids(records.path("supports"), "ideaId"))
			.isEqualTo(longs("select idea_id from idea_support where person_id = ? order by idea_id", pia.id))
			.hasSize(1);
		assertThat(ids(records.path("gateDecisions"), "id"))
			.isEqualTo(longs("select id from gate_decision where decided_by_id = ? order by id", pia.id));
		assertThat(ids(records.path("accessTokens"), "id")).containsExactly(history.accessToken);
		assertThat(ids(records.path("benefitMeasurements"), "id"))
			.isEqualTo(longs("select id from benefit_measurement where recorded_by_id = ? order by id", pia.id))
			.hasSize(1);
		assertThat(ids(records.path("experimentsRecorded"), "id"))
			.isEqualTo(longs("select distinct record_id from audit_event where record_type = 'experiment' and actor = ?"
					+ " order by record_id", pia.username))
			.isNotEmpty();
		assertThat(ids(records.path("auditEvents"), "id"))
			.containsAll(longs("select id from audit_event where actor = ? order by id", pia.username))
			.containsAll(longs("select id from audit_event where action = 'CO_AUTHORS_NAMED' and idea_id = ?",
					history.coAuthored.id()));
		assertThat(records.path("roles").findValuesAsText("role")).containsExactlyInAnyOrder("INTRAPRENEUR",
				"LAB_LEAD");
		List<JsonNode> sessions = new ArrayList<>();
		List<JsonNode> failures = new ArrayList<>();
		records.path("sessionsAndSignIns")
			.forEach((row) -> ("session".equals(row.path("kind").asText()) ? sessions : failures).add(row));
		assertThat(sessions).hasSize(this.jdbc.queryForObject(
				"select count(*) from spring_session where principal_name = ?", Integer.class, pia.username));
		assertThat(sessions).isNotEmpty()
			.allSatisfy((session) -> assertThat(session.path("sessionId").asText()).hasSize(5));
		assertThat(failures).singleElement()
			.satisfies((row) -> assertThat(row.path("failures").asInt())
				.isEqualTo(this.jdbc.queryForObject("select failures from sign_in_throttle where throttle_key = ?",
						Integer.class, SignInThrottleKeys.ofUser(pia.username))));
		assertThat(records.path("processEngine").findValuesAsText("ideaId"))
			.contains(String.valueOf(history.revision.id()));
		assertThat(records.path("processEngine").findValuesAsText("kind")).contains("task");
	}

	private static List<Long> ids(JsonNode rows, String field) {
		List<Long> ids = new ArrayList<>();
		rows.forEach((row) -> ids.add(row.path(field).asLong()));
		return ids;
	}

	private List<Long> longs(String sql, Object... arguments) {
		return this.jdbc.queryForList(sql, Long.class, arguments);
	}

	/**
	 * Every text column of every table, the engine's and Spring Session's included, that
	 * holds the person's username, name or e-mail address, with what it holds.
	 */
	private List<String> found(Someone person) {
		List<String> found = new ArrayList<>();
		List<Map<String, Object>> columns = this.jdbc.queryForList("""
				select table_name, column_name from information_schema.columns
				where table_schema = current_schema()
				  and data_type in ('CHARACTER VARYING', 'CHARACTER', 'CHARACTER LARGE OBJECT', 'VARCHAR_IGNORECASE',
				                    'character varying', 'character', 'text')
				order by table_name, column_name""");
		assertThat(columns).extracting((column) -> column.get("TABLE_NAME").toString().toLowerCase(Locale.ROOT))
			.contains("person", "audit_event", "idea_comment", "spring_session", "act_ru_variable",
					"act_ru_identitylink", "act_hi_procinst");
		System.out.printf("Personal data scan: %d text columns of %d tables%n", columns.size(),
				columns.stream().map((column) -> column.get("TABLE_NAME")).distinct().count());
		for (Map<String, Object> column : columns) {
			String table = "\"" + column.get("TABLE_NAME") + "\"";
			String name = "\"" + column.get("COLUMN_NAME") + "\"";
			for (String value : List.of(person.username, person.name, person.email)) {
				List<String> hits = this.jdbc.queryForList("select cast(" + name + " as varchar(10000)) from " + table
						+ " where lower(" + name + ") like ?", String.class,
						"%" + value.toLowerCase(Locale.ROOT) + "%");
				hits.forEach((hit) -> found.add(table + "." + name + ": " + hit));
			}
		}
		return found;
	}

	/** The open data as anyone reads it, by URI, to the byte. */
	private Map<String, byte[]> openData(String reference) throws Exception {
		Map<String, String> uris = new LinkedHashMap<>();
		uris.put("/api/open/ideas", "application/json");
		uris.put("/api/open/ideas.csv", "text/csv");
		uris.put("/api/open/ideas/" + reference, "application/json");
		HttpClient http = HttpClient.newHttpClient();
		Map<String, byte[]> bodies = new LinkedHashMap<>();
		for (var uri : uris.entrySet()) {
			HttpResponse<byte[]> answer = http
				.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + uri.getKey()))
					.header("Accept", uri.getValue())
					.build(), HttpResponse.BodyHandlers.ofByteArray());
			assertThat(answer.statusCode()).as(uri.getKey()).isEqualTo(200);
			bodies.put(uri.getKey(), answer.body());
		}
		return bodies;
	}

}
