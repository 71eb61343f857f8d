package org.civiclab.people;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import org.civiclab.ApiClient;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.civiclab.ApiClient.object;

/**
 * People's administration over HTTP, as admins and the people they invite meet it: an
 * invitation link sets a password once, a deactivated person is refused at their next
 * request, and an organisation's admin finds no other organisation's people.
 */
class PeopleAdministrationIT extends ApiClient.FullStack {

	private static final ObjectMapper JSON = new ObjectMapper();

	private static final String PASSWORD = "a long enough password";

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate database;

	@Test
	void anInvitedPersonSetsAPasswordOnceAndSignsInWithTheGivenRole() throws Exception {
		String username = unique("ulla");
		JsonNode invited = as("admin").post("/api/admin/people", newPerson(username, "LAB_LEAD")).expect(201);
		String url = invited.path("invitation").path("url").asText();
		String token = url.substring(url.lastIndexOf('/') + 1);

		JsonNode greeting = anonymous().get("/api/invitations/{token}", token).expect(200);
		anonymous().post("/api/invitations/{token}", object().put("password", "too short"), token).problem(400);
		anonymous().post("/api/invitations/{token}", object().put("password", PASSWORD), token).expect(204);
		Browser person = new Browser(this.port);

		assertThat(url).contains("/invitation/");
		assertThat(invited.path("person").path("invitationPending").asBoolean()).isTrue();
		assertThat(greeting.path("username").asText()).isEqualTo(username);
		assertThat(greeting.path("displayName").asText()).isEqualTo("Ulla Invited");
		assertThat(person.signIn(username, PASSWORD)).isEqualTo(200);
		assertThat(roles(person.send("GET", "/api/session", null))).containsExactly("LAB_LEAD");
		assertThat(person.basic("/api/tasks/mine", username, PASSWORD)).isEqualTo(200);
		assertThat(this.database.queryForObject("select count(*) from invitation where token_hash = ?", Integer.class,
				Invitations.hash(token)))
			.as("the link is used up")
			.isZero();
		anonymous().get("/api/invitations/{token}", token).problem(404);
		anonymous().post("/api/invitations/{token}", object().put("password", "another long password"), token)
			.problem(404);
		assertThat(new Browser(this.port).signIn(username, "another long password")).isEqualTo(401);
		leave(invited.path("person").path("id").asLong());
	}

	@Test
	void anInvitationIsStoredAsAHashAndANewOneReplacesTheOld() {
		String username = unique("vera");
		JsonNode invited = as("admin").post("/api/admin/people", newPerson(username, "INTRAPRENEUR")).expect(201);
		String first = token(invited.path("invitation"));
		long id = invited.path("person").path("id").asLong();

		String second = token(as("admin").post("/api/admin/people/{id}/invitation", null, id).expect(201));

		assertThat(
				this.database.queryForList("select token_hash from invitation where person_id = ?", String.class, id))
			.containsExactly(Invitations.hash(second));
		anonymous().get("/api/invitations/{token}", first).problem(404);
		anonymous().get("/api/invitations/{token}", second).expect(200);
	}

	@Test
	void anExpiredInvitationIsNotFound() {
		JsonNode invited = as("admin").post("/api/admin/people", newPerson(unique("wilma"), "INTRAPRENEUR"))
			.expect(201);
		String token = token(invited.path("invitation"));
		this.database.update("update invitation set expires_at = ? where token_hash = ?",
				java.sql.Timestamp.from(java.time.Instant.now().minusSeconds(60)), Invitations.hash(token));

		anonymous().get("/api/invitations/{token}", token).problem(404);
		anonymous().post("/api/invitations/{token}", object().put("password", PASSWORD), token).problem(404);
	}

	@Test
	void aDeactivatedPersonIsRefusedAtTheirNextRequestAndMayComeBack() throws Exception {
		String username = unique("xena");
		long id = invitedWithPassword(username, "LAB_LEAD");
		Browser person = new Browser(this.port);
		assertThat(person.signIn(username, PASSWORD)).isEqualTo(200);
		assertThat(person.send("GET", "/api/board", null).statusCode()).isEqualTo(200);

		JsonNode deactivated = as("admin").post("/api/admin/people/{id}/deactivate", null, id).expect(200);

		assertThat(deactivated.path("active").asBoolean()).isFalse();
		assertThat(person.send("GET", "/api/board", null).statusCode()).as("their open session").isEqualTo(401);
		assertThat(person.basic("/api/board", username, PASSWORD)).as("HTTP Basic").isEqualTo(401);
		assertThat(new Browser(this.port).signIn(username, PASSWORD)).as("signing in again").isEqualTo(401);
		assertThat(this.database.queryForObject("select count(*) from spring_session where principal_name = ?",
				Integer.class, username))
			.isZero();
		assertThat(this.database.queryForObject("select count(*) from person where id = ?", Integer.class, id))
			.as("their record stays")
			.isOne();

		as("admin").post("/api/admin/people/{id}/reactivate", null, id).expect(200);

		Browser back = new Browser(this.port);
		assertThat(back.signIn(username, PASSWORD)).isEqualTo(200);
		assertThat(back.send("GET", "/api/board", null).statusCode()).isEqualTo(200);
		leave(id);
	}

	@Test
	void anOrganisationsAdminFindsNoOtherOrganisationsPeople() {
		JsonNode everyone = as("regina").get("/api/admin/people").expect(200);
		long anna = person(everyone, "anna").path("id").asLong();
		long norrvik = person(everyone, "anna").path("organisationId").asLong();
		String before = as("regina").get("/api/admin/people?organisationId={o}", norrvik).body();

		List<String> perSees = usernames(as("per").get("/api/admin/people").expect(200));
		as("per").get("/api/admin/people?organisationId={o}", norrvik).problem(404);
		as("per").put("/api/admin/people/{id}", change("Anna Changed", "INTRAPRENEUR", 0), anna).problem(404);
		as("per").post("/api/admin/people/{id}/deactivate", null, anna).problem(404);
		as("per").post("/api/admin/people/{id}/reactivate", null, anna).problem(404);
		as("per").post("/api/admin/people/{id}/invitation", null, anna).problem(404);

		assertThat(perSees).contains("sara", "jonas", "per").doesNotContain("anna", "lena", "admin", "regina");
		assertThat(usernames(everyone)).contains("anna", "sara", "per", "regina");
		assertThat(as("regina").get("/api/admin/people?organisationId={o}", norrvik).body()).isEqualTo(before);
	}

	@Test
	void anErasedPersonLeavesThePeopleListUnlessTheAdminAsksForThem() {
		String username = unique("erin");
		long id = invitedWithPassword(username, "INTRAPRENEUR");
		assertThat(usernames(as("admin").get("/api/admin/people").expect(200))).contains(username);

		String pseudonym = as("admin")
			.post("/api/admin/people/{id}/erasure", object().put("confirmUsername", username), id)
			.expect(200)
			.path("pseudonymUsername")
			.asText();

		assertThat(usernames(as("admin").get("/api/admin/people").expect(200))).doesNotContain(username, pseudonym);
		assertThat(usernames(as("regina").get("/api/admin/people").expect(200))).doesNotContain(pseudonym);
		assertThat(usernames(as("admin").get("/api/admin/people?erased=true").expect(200))).contains(pseudonym)
			.doesNotContain(username);
	}

	@Test
	void someoneWhoIsNoAdminIsRefused() {
		as("lena").get("/api/admin/people").problem(403);
		as("maria").post("/api/admin/people", newPerson(unique("yann"), "ADMIN")).problem(403);
		as("anna").get("/api/admin/organisations").problem(403);
		anonymous().get("/api/admin/people").problem(401);
	}

	@Test
	void badInputIsRefusedNamingTheFieldAndChangesNothing() {
		int people = this.database.queryForObject("select count(*) from person", Integer.class);

		// Only the username is wrong (the e-mail made from it would be too).
		assertThat(field(as("admin").post("/api/admin/people",
				newPerson("Not A Username", "INTRAPRENEUR").put("email", "ulla@norrvik.example"))))
			.isEqualTo("username");
		assertThat(field(as("admin").post("/api/admin/people",
				newPerson(unique("zoe"), "INTRAPRENEUR").put("email", "not an address"))))
			.isEqualTo("email");
		assertThat(field(as("admin").post("/api/admin/people",
				newPerson(unique("zoe"), "INTRAPRENEUR").set("roles", JSON.createArrayNode()))))
			.isEqualTo("roles");
		assertThat(field(as("admin").post("/api/admin/people", newPerson("anna", "INTRAPRENEUR"))))
			.isEqualTo("username");
		assertThat(this.database.queryForObject("select count(*) from person", Integer.class)).isEqualTo(people);
	}

	@Test
	void anAdminNeitherDeactivatesThemselvesNorGivesUpTheirRoleNorMakesARegionsAdmin() {
		JsonNode everyone = as("regina").get("/api/admin/people").expect(200);
		long admin = person(everyone, "admin").path("id").asLong();
		long version = person(everyone, "admin").path("version").asLong();
		long invited = invitedWithPassword(unique("anders"), "INTRAPRENEUR");

		as("admin").post("/api/admin/people/{id}/deactivate", null, admin).problem(409);
		assertThat(field(as("admin").put("/api/admin/people/{id}", change("Alex Admin", "LAB_LEAD", version), admin)))
			.isEqualTo("roles");
		as("admin").put("/api/admin/people/{id}", change("Given Region", "REGION_ADMIN", versionOf(invited)), invited)
			.problem(403);
		JsonNode promoted = as("regina")
			.put("/api/admin/people/{id}", change("Given Region", "REGION_ADMIN", versionOf(invited)), invited)
			.expect(200);

		assertThat(promoted.path("roles").get(0).asText()).isEqualTo("REGION_ADMIN");
		as("admin").post("/api/admin/people/{id}/deactivate", null, invited).problem(403);
		assertThat(as("regina").get("/api/admin/people").body()).contains("\"username\":\"admin\"");
	}

	@Test
	void someoneAnIdentityProviderOwnsIsReadOnlyButCanBeDeactivated() {
		long id = invitedWithPassword(unique("olof"), "INTRAPRENEUR");
		this.database.update("update person set provisioned_by = 'OIDC' where id = ?", id);

		JsonNode refused = as("admin")
			.put("/api/admin/people/{id}", change("Olof Renamed", "LAB_LEAD", versionOf(id)), id)
			.problem(409);
		JsonNode deactivated = as("admin").post("/api/admin/people/{id}/deactivate", null, id).expect(200);

		assertThat(refused.path("detail").asText()).contains("OIDC");
		assertThat(deactivated.path("editable").asBoolean()).isFalse();
		assertThat(deactivated.path("displayName").asText()).isEqualTo("Ulla Invited");
		assertThat(deactivated.path("active").asBoolean()).isFalse();
	}

	@Test
	void aChangeMadeOnAnOlderVersionIsRefused() {
		long id = invitedWithPassword(unique("bodil"), "INTRAPRENEUR");
		long read = versionOf(id);

		JsonNode first = as("admin").put("/api/admin/people/{id}", change("Bodil One", "ADMIN", read), id).expect(200);
		as("admin").put("/api/admin/people/{id}", change("Bodil Two", "EXECUTIVE", read), id).problem(409);

		assertThat(first.path("version").asLong()).isEqualTo(read + 1);
		JsonNode now = as("admin").get("/api/admin/people").expect(200);
		assertThat(now.toString()).contains("Bodil One").doesNotContain("Bodil Two");
	}

	@Test
	void aRegionsAdminAddsAnOrganisationWhoseTimesApplyToItsNextIdea() throws Exception {
		String name = unique("Strandby municipality");
		ObjectNode organisation = object().put("name", name)
			.put("defaultLanguage", "da")
			.put("currency", "DKK")
			.put("screeningEscalationDays", 3);

		as("admin").post("/api/admin/organisations", organisation).problem(403);
		JsonNode created = as("regina").post("/api/admin/organisations", organisation).expect(201);
		long id = created.path("id").asLong();
		assertThat(field(as("regina").put("/api/admin/organisations/{id}",
				organisation.deepCopy().put("currency", "XYZ").put("version", 0), id)))
			.isEqualTo("currency");
		assertThat(field(as("regina").put("/api/admin/organisations/{id}",
				organisation.deepCopy().put("defaultLanguage", "fi").put("version", 0), id)))
			.isEqualTo("defaultLanguage");
		as("admin").put("/api/admin/organisations/{id}", organisation.deepCopy().put("version", 0), id).problem(404);
		JsonNode changed = as("regina")
			.put("/api/admin/organisations/{id}",
					organisation.deepCopy().put("benefitReviewDays", 30).put("version", 0), id)
			.expect(200);

		String username = unique("ditte");
		ObjectNode person = newPerson(username, "INTRAPRENEUR").put("organisationId", id);
		String token = token(as("regina").post("/api/admin/people", person).expect(201).path("invitation"));
		anonymous().post("/api/invitations/{token}", object().put("password", PASSWORD), token).expect(204);
		Browser author = new Browser(this.port);
		author.signIn(username, PASSWORD);
		JsonNode idea = JSON.readTree(author.send("POST", "/api/ideas", ApiClient.newIdea("Strandby's idea")).body());
		author.send("POST", "/api/ideas/" + idea.path("id").asLong() + "/submit",
				ApiClient.version(idea.path("version").asLong()));

		assertThat(created.path("currency").asText()).isEqualTo("DKK");
		assertThat(created.path("defaultScreeningEscalationDays").asInt()).isEqualTo(14);
		assertThat(changed.path("benefitReviewDays").asInt()).isEqualTo(30);
		assertThat(as("admin").get("/api/admin/organisations").body()).doesNotContain(name);
		assertThat(processVariable(idea.path("id").asLong(), "screeningEscalationAfter")).isEqualTo("P3D");
		assertThat(processVariable(idea.path("id").asLong(), "benefitReviewCycle")).endsWith("/P30D");
	}

	private String processVariable(long ideaId, String name) {
		return this.database.queryForObject("select v.text_ from act_ru_variable v join act_ru_execution e"
				+ " on v.proc_inst_id_ = e.proc_inst_id_ and e.parent_id_ is null where e.business_key_ = ?"
				+ " and v.name_ = ?", String.class, Long.toString(ideaId), name);
	}

	/**
	 * Deactivates a lab lead this test made: the other tests of this application count on
	 * Norrvik's demo lab leads alone (who may pass a gate).
	 */
	private void leave(long personId) {
		as("admin").post("/api/admin/people/{id}/deactivate", null, personId).expect(200);
	}

	private long versionOf(long personId) {
		return this.database.queryForObject("select version from person where id = ?", Long.class, personId);
	}

	/** Invites a Norrvik person, who sets their password; their id. */
	private long invitedWithPassword(String username, String role) {
		JsonNode invited = as("admin").post("/api/admin/people", newPerson(username, role)).expect(201);
		anonymous()
			.post("/api/invitations/{token}", object().put("password", PASSWORD), token(invited.path("invitation")))
			.expect(204);
		return invited.path("person").path("id").asLong();
	}

	private static ObjectNode newPerson(String username, String role) {
		ObjectNode person = object().put("username", username)
			.put("displayName", "Ulla Invited")
			.put("email", username + "@norrvik.example")
			.put("department", "Innovation lab");
		person.putArray("roles").add(role);
		return person;
	}

	private static ObjectNode change(String name, String role, long version) {
		ObjectNode change = object().put("displayName", name).put("department", "IT").put("version", version);
		change.putArray("roles").add(role);
		return change;
	}

	private static String token(JsonNode invitation) {
		String url = invitation.path("url").asText();
		return url.substring(url.lastIndexOf('/') + 1);
	}

	private static String field(ApiClient.Response answer) {
		return answer.problem(400).path("errors").get(0).path("field").asText();
	}

	private static JsonNode person(JsonNode people, String username) {
		for (JsonNode person : people) {
			if (person.path("username").asText().equals(username)) {
				return person;
			}
		}
		throw new AssertionError("No " + username + " in " + people);
	}

	private static List<String> usernames(JsonNode people) {
		return people.findValuesAsText("username");
	}

	private static List<String> roles(HttpResponse<String> session) throws Exception {
		List<String> roles = new java.util.ArrayList<>();
		JSON.readTree(session.body()).path("roles").forEach((role) -> roles.add(role.asText()));
		return roles;
	}

	private static String unique(String name) {
		return name + "-" + UUID.randomUUID().toString().substring(0, 8);
	}

	/**
	 * A browser of someone who signs in with their own password: cookies and CSRF token.
	 */
	private static final class Browser {

		private final CookieManager cookies = new CookieManager();

		private final HttpClient http;

		private final int port;

		Browser(int port) {
			this.port = port;
			this.http = HttpClient.newBuilder().cookieHandler(this.cookies).build();
		}

		int signIn(String username, String password) throws Exception {
			return send("POST", "/api/session", object().put("username", username).put("password", password))
				.statusCode();
		}

		HttpResponse<String> send(String method, String path, Object body) throws Exception {
			if (ApiClient.cookie(this.cookies, ApiClient.CSRF_COOKIE).isEmpty()) {
				this.http.send(request("GET", "/api/session", null).build(), BodyHandlers.ofString());
			}
			HttpRequest.Builder request = request(method, path, body);
			ApiClient.cookie(this.cookies, ApiClient.CSRF_COOKIE)
				.ifPresent((token) -> request.header("X-XSRF-TOKEN", token));
			return this.http.send(request.build(), BodyHandlers.ofString());
		}

		int basic(String path, String username, String password) throws Exception {
			String credentials = Base64.getEncoder()
				.encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
			return HttpClient.newHttpClient()
				.send(request("GET", path, null).header("Authorization", "Basic " + credentials).build(),
						BodyHandlers.ofString())
				.statusCode();
		}

		private HttpRequest.Builder request(String method, String path, Object body) {
			return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + path))
				.method(method, (body != null) ? BodyPublishers.ofString(body.toString()) : BodyPublishers.noBody())
				.header("Content-Type", "application/json")
				.header("Accept", "application/json, application/problem+json");
		}

	}

}
