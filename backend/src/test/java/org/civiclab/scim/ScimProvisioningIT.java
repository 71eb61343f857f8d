package org.civiclab.scim;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Set;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import org.civiclab.ApiClient;
import org.civiclab.ApiClient.Response;
import org.civiclab.people.OrganisationRepository;
import org.civiclab.people.Person;
import org.civiclab.people.PersonRepository;
import org.civiclab.people.Role;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.civiclab.ApiClient.object;

/**
 * A directory provisions Norrvik's people through SCIM 2.0 the way Entra ID does
 * (docs/adr/0025): it looks a person up by userName, creates them, puts them in a group
 * that is a role, updates them with PATCH and PUT, then deprovisions them with
 * {@code active: "False"} and DELETE — after which their session, a new sign-in and their
 * token are refused, and their record is kept.
 */
class ScimProvisioningIT extends ApiClient.FullStack {

	static final MediaType SCIM_JSON = MediaType.parseMediaType("application/scim+json");

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PersonRepository people;

	@Autowired
	OrganisationRepository organisations;

	@Autowired
	PasswordEncoder passwords;

	@Test
	void aDirectoryProvisionsUpdatesAndDeprovisionsAPerson() {
		ApiClient directory = bearer(scimToken());
		String userName = "kim." + UUID.randomUUID().toString().substring(0, 8) + "@norrvik.example";

		JsonNode before = scim(directory, HttpMethod.GET, "/scim/v2/Users?filter=" + filter("userName", userName), null)
			.expect(200);
		JsonNode created = scim(directory, HttpMethod.POST, "/scim/v2/Users", entraUser(userName)).expect(201);
		String id = created.path("id").asText();
		JsonNode group = scim(directory, HttpMethod.GET, "/scim/v2/Groups?filter=" + filter("displayName", "lab-lead"),
				null)
			.expect(200)
			.path("Resources")
			.path(0);
		scim(directory, HttpMethod.PATCH, "/scim/v2/Groups/" + group.path("id").asText(), patch(
				(ObjectNode) op("Add", "members").set("value", object().arrayNode().add(object().put("value", id)))))
			.expect(200);

		assertThat(before.path("totalResults").asInt()).isZero();
		assertThat(created.path("userName").asText()).isEqualTo(userName);
		assertThat(created.path("active").asBoolean()).isTrue();
		assertThat(person(userName).getProvisionedBy().name()).isEqualTo("SCIM");
		assertThat(scim(directory, HttpMethod.GET, "/scim/v2/Groups/lab-lead", null).expect(200)
			.path("members")
			.findValuesAsText("value")).contains(id);

		// They sign in (single sign-on in production; a password here stands in for it)
		// and CivicLab knows them with the directory's role.
		ApiClient kim = signInAs(userName);
		JsonNode me = kim.get("/api/me").expect(200);
		assertThat(me.path("displayName").asText()).isEqualTo("Kim Lund");
		assertThat(me.path("roles").toString()).contains("LAB_LEAD").contains("INTRAPRENEUR");

		// Entra ID's updates: PATCH with paths, string booleans; then Okta's PUT.
		JsonNode patched = scim(directory, HttpMethod.PATCH, "/scim/v2/Users/" + id,
				patch(op("Replace", "displayName").put("value", "Kim Lund-Berg"),
						op("Replace", "emails[type eq \"work\"].value").put("value", "kim.lb@norrvik.example")))
			.expect(200);
		assertThat(patched.path("displayName").asText()).isEqualTo("Kim Lund-Berg");
		assertThat(patched.path("emails").path(0).path("value").asText()).isEqualTo("kim.lb@norrvik.example");
		ObjectNode replaced = entraUser(userName);
		replaced.put("displayName", "Kim Berg");
		JsonNode put = scim(directory, HttpMethod.PUT, "/scim/v2/Users/" + id, replaced).expect(200);
		assertThat(put.path("displayName").asText()).isEqualTo("Kim Berg");
		assertThat(kim.get("/api/me").expect(200).path("displayName").asText()).isEqualTo("Kim Berg");

		// Deprovisioned: first disabled, as Entra ID does, then deleted.
		String token = tokenOf(person(userName));
		bearer(token).get("/api/me").expect(200);
		JsonNode disabled = scim(directory, HttpMethod.PATCH, "/scim/v2/Users/" + id,
				patch(op("Replace", "active").put("value", "False")))
			.expect(200);

		assertThat(disabled.path("active").asBoolean()).isFalse();
		kim.get("/api/me").problem(401);
		bearer(token).get("/api/me").problem(401);
		anonymous().post("/api/session", object().put("username", userName).put("password", ApiClient.PASSWORD))
			.problem(401);

		scim(directory, HttpMethod.DELETE, "/scim/v2/Users/" + id, null).expect(204);
		JsonNode gone = scim(directory, HttpMethod.GET, "/scim/v2/Users/" + id, null).expect(404);
		assertThat(gone.path("schemas").path(0).asText()).isEqualTo("urn:ietf:params:scim:api:messages:2.0:Error");
		assertThat(gone.path("status").asText()).isEqualTo("404");
		assertThat(person(userName).isActive()).as("the record is kept, deactivated").isFalse();
		assertThat(scim(directory, HttpMethod.GET, "/scim/v2/Users?filter=" + filter("userName", userName), null)
			.expect(200)
			.path("totalResults")
			.asInt()).isZero();
	}

	@Test
	void aDeleteAloneEndsThePersonsSessionAndSignIn() {
		ApiClient directory = bearer(scimToken());
		String userName = "lo." + UUID.randomUUID().toString().substring(0, 8) + "@norrvik.example";
		String id = scim(directory, HttpMethod.POST, "/scim/v2/Users", entraUser(userName)).expect(201)
			.path("id")
			.asText();
		ApiClient lo = signInAs(userName);
		lo.get("/api/me").expect(200);

		scim(directory, HttpMethod.DELETE, "/scim/v2/Users/" + id, null).expect(204);

		lo.get("/api/me").problem(401);
		assertThat(this.jdbc.queryForObject("select count(*) from spring_session where principal_name = ?",
				Integer.class, userName))
			.isZero();
	}

	@Test
	void errorsAreScimErrorsAndNothingChanges() {
		ApiClient directory = bearer(scimToken());
		String userName = "sam." + UUID.randomUUID().toString().substring(0, 8) + "@norrvik.example";
		scim(directory, HttpMethod.POST, "/scim/v2/Users", entraUser(userName)).expect(201);

		JsonNode taken = scim(directory, HttpMethod.POST, "/scim/v2/Users", entraUser(userName)).expect(409);
		JsonNode badFilter = scim(directory, HttpMethod.GET, "/scim/v2/Users?filter=title co \"x\"", null).expect(400);
		JsonNode noName = scim(directory, HttpMethod.POST, "/scim/v2/Users", object().put("active", true)).expect(400);
		JsonNode unknownGroup = scim(directory, HttpMethod.PATCH, "/scim/v2/Groups/astronauts",
				patch(op("Add", "members")))
			.expect(404);

		assertThat(taken.path("scimType").asText()).isEqualTo("uniqueness");
		assertThat(badFilter.path("scimType").asText()).isEqualTo("invalidFilter");
		assertThat(noName.path("scimType").asText()).isEqualTo("invalidValue");
		assertThat(unknownGroup.path("status").asText()).isEqualTo("404");
		assertThat(this.jdbc.queryForObject("select count(*) from person where username = ?", Integer.class, userName))
			.isEqualTo(1);
	}

	@Test
	void onlyAnAdminsScimTokenReachesScimAndOnlyForItsOwnOrganisation() {
		String norrviksUser = scim(bearer(scimToken()), HttpMethod.POST, "/scim/v2/Users",
				entraUser("ny." + UUID.randomUUID().toString().substring(0, 8) + "@norrvik.example"))
			.expect(201)
			.path("id")
			.asText();
		Person sjostadsAdmin = this.people
			.save(new Person("sjostad-admin-" + UUID.randomUUID().toString().substring(0, 8), "-", "Sjöstad Admin",
					this.organisations.findByName("Sjöstad municipality").orElseThrow(), "IT", Set.of(Role.ADMIN)));
		ApiClient sjostadsDirectory = bearer(tokenOf(sjostadsAdmin, "SCIM"));

		scim(sjostadsDirectory, HttpMethod.GET, "/scim/v2/Users/" + norrviksUser, null).expect(404);
		as("anna").post("/api/access-tokens", token("SCIM")).problem(403);
		scim(as("admin"), HttpMethod.GET, "/scim/v2/Users", null).expect(403);
		scim(bearer(tokenOf(person("admin"), "READ_WRITE")), HttpMethod.GET, "/scim/v2/Users", null).expect(403);
		bearer(scimToken()).get("/api/me").problem(403);
		scim(anonymous(), HttpMethod.GET, "/scim/v2/Groups", null).expect(401);
	}

	@Test
	void aDirectoryDiscoversWhatTheServiceProviderOffers() {
		ApiClient directory = bearer(scimToken());

		JsonNode config = scim(directory, HttpMethod.GET, "/scim/v2/ServiceProviderConfig", null).expect(200);
		JsonNode schemas = scim(directory, HttpMethod.GET, "/scim/v2/Schemas", null).expect(200);
		JsonNode user = scim(directory, HttpMethod.GET, "/scim/v2/Schemas/urn:ietf:params:scim:schemas:core:2.0:User",
				null)
			.expect(200);
		JsonNode types = scim(directory, HttpMethod.GET, "/scim/v2/ResourceTypes", null).expect(200);
		JsonNode group = scim(directory, HttpMethod.GET, "/scim/v2/ResourceTypes/Group", null).expect(200);
		JsonNode unknown = scim(directory, HttpMethod.GET, "/scim/v2/ResourceTypes/Astronaut", null).expect(404);

		assertThat(config.path("schemas").path(0).asText())
			.isEqualTo("urn:ietf:params:scim:schemas:core:2.0:ServiceProviderConfig");
		assertThat(config.path("patch").path("supported").asBoolean()).isTrue();
		assertThat(config.path("filter").path("supported").asBoolean()).isTrue();
		assertThat(config.path("filter").path("maxResults").asInt()).isEqualTo(100);
		assertThat(config.path("bulk").path("supported").asBoolean()).isFalse();
		assertThat(config.path("etag").path("supported").asBoolean()).isTrue();
		assertThat(config.path("authenticationSchemes").path(0).path("type").asText()).isEqualTo("oauthbearertoken");
		assertThat(schemas.path("Resources").findValuesAsText("id")).containsExactly(
				"urn:ietf:params:scim:schemas:core:2.0:User", "urn:ietf:params:scim:schemas:core:2.0:Group");
		assertThat(user.path("attributes").findValuesAsText("name")).contains("userName", "active", "emails")
			.doesNotContain("title", "addresses");
		assertThat(types.path("totalResults").asInt()).isEqualTo(2);
		assertThat(group.path("endpoint").asText()).isEqualTo("/Groups");
		assertThat(group.path("schema").asText()).isEqualTo("urn:ietf:params:scim:schemas:core:2.0:Group");
		assertThat(unknown.path("schemas").path(0).asText()).isEqualTo("urn:ietf:params:scim:api:messages:2.0:Error");
	}

	@Test
	void filtersCombineAttributesAndListsComeInPages() {
		ApiClient directory = bearer(scimToken());
		String prefix = "pg" + UUID.randomUUID().toString().substring(0, 8);
		java.util.List<String> ids = new java.util.ArrayList<>();
		for (int i = 1; i <= 3; i++) {
			ids.add(scim(directory, HttpMethod.POST, "/scim/v2/Users", entraUser(prefix + "-" + i + "@norrvik.example"))
				.expect(201)
				.path("id")
				.asText());
		}
		scim(directory, HttpMethod.PATCH, "/scim/v2/Users/" + ids.get(2),
				patch(op("replace", "active").put("value", false)))
			.expect(200);

		JsonNode active = scim(directory, HttpMethod.GET,
				"/scim/v2/Users?filter=userName sw \"" + prefix + "\" and active eq true", null)
			.expect(200);
		JsonNode either = scim(directory, HttpMethod.GET, "/scim/v2/Users?filter=userName eq \"" + prefix
				+ "-1@norrvik.example\" or emails[value ew \"" + prefix + "-3@norrvik.example\"]", null)
			.expect(200);
		JsonNode second = scim(directory, HttpMethod.GET,
				"/scim/v2/Users?filter=userName sw \"" + prefix + "\"&startIndex=2&count=1", null)
			.expect(200);
		JsonNode totalOnly = scim(directory, HttpMethod.GET,
				"/scim/v2/Users?filter=userName sw \"" + prefix + "\"&count=0", null)
			.expect(200);
		JsonNode groups = scim(directory, HttpMethod.GET,
				"/scim/v2/Groups?filter=displayName eq \"admin\" or displayName eq \"executive\"", null)
			.expect(200);

		assertThat(active.path("totalResults").asInt()).isEqualTo(2);
		assertThat(active.path("Resources").findValuesAsText("userName")).containsExactly(prefix + "-1@norrvik.example",
				prefix + "-2@norrvik.example");
		assertThat(either.path("Resources").findValuesAsText("id")).containsExactly(ids.get(0), ids.get(2));
		assertThat(second.path("totalResults").asInt()).isEqualTo(3);
		assertThat(second.path("startIndex").asInt()).isEqualTo(2);
		assertThat(second.path("itemsPerPage").asInt()).isEqualTo(1);
		assertThat(second.path("Resources").findValuesAsText("id")).containsExactly(ids.get(1));
		assertThat(totalOnly.path("totalResults").asInt()).isEqualTo(3);
		assertThat(totalOnly.path("Resources").size()).isZero();
		assertThat(groups.path("Resources").findValuesAsText("id")).containsExactly("executive", "admin");
	}

	@Test
	void theSdkAppliesAPatchInTheFormsEntraIdSends() {
		ApiClient directory = bearer(scimToken());
		String prefix = "pa" + UUID.randomUUID().toString().substring(0, 8);
		String robin = scim(directory, HttpMethod.POST, "/scim/v2/Users", entraUser(prefix + "-robin@norrvik.example"))
			.expect(201)
			.path("id")
			.asText();
		String sasha = scim(directory, HttpMethod.POST, "/scim/v2/Users", entraUser(prefix + "-sasha@norrvik.example"))
			.expect(201)
			.path("id")
			.asText();
		String before = scim(directory, HttpMethod.GET, "/scim/v2/Users/" + robin, null).expect(200)
			.path("meta")
			.path("version")
			.asText();

		// No path, attributes named by path; a remove through a value filter.
		ObjectNode names = op("Replace", null);
		names.putObject("value")
			.put("name.givenName", "Robin")
			.put("name.familyName", "Ek")
			.put("displayName", "Robin Ek");
		JsonNode patched = scim(directory, HttpMethod.PATCH, "/scim/v2/Users/" + robin,
				patch(names, op("Remove", "emails[type eq \"work\"]")))
			.expect(200);
		// Both in the executives' group, then Robin alone removed by value, as Entra ID
		// does.
		ObjectNode add = op("Add", "members");
		add.putArray("value").add(object().put("value", robin)).add(object().put("value", sasha));
		scim(directory, HttpMethod.PATCH, "/scim/v2/Groups/executive", patch(add)).expect(200);
		ObjectNode remove = op("Remove", "members");
		remove.putArray("value").add(object().put("value", robin));
		JsonNode executives = scim(directory, HttpMethod.PATCH, "/scim/v2/Groups/executive", patch(remove)).expect(200);

		assertThat(patched.path("name").path("givenName").asText()).isEqualTo("Robin");
		assertThat(patched.path("displayName").asText()).isEqualTo("Robin Ek");
		assertThat(patched.has("emails")).isFalse();
		assertThat(patched.path("meta").path("version").asText()).startsWith("W/").isNotEqualTo(before);
		assertThat(person(prefix + "-robin@norrvik.example").getEmail()).isNull();
		assertThat(person(prefix + "-robin@norrvik.example").getDisplayName()).isEqualTo("Robin Ek");
		assertThat(this.jdbc.queryForObject("select family_name from scim_user where person_id = ?", String.class,
				Long.valueOf(robin)))
			.isEqualTo("Ek");
		assertThat(executives.path("members").findValuesAsText("value")).contains(sasha).doesNotContain(robin);
		assertThat(person(prefix + "-robin@norrvik.example").hasRole(Role.EXECUTIVE)).isFalse();
		assertThat(person(prefix + "-sasha@norrvik.example").hasRole(Role.EXECUTIVE)).isTrue();
	}

	/** The admin makes the directory's token, as the tokens page does. */
	private String scimToken() {
		return as("admin").post("/api/access-tokens", token("SCIM")).expect(201).path("token").asText();
	}

	private static ObjectNode token(String scope) {
		return object().put("name", "Entra ID provisioning")
			.put("scope", scope)
			.put("expiresOn", LocalDate.now(ZoneOffset.UTC).plusDays(180).toString());
	}

	/**
	 * A token of this person's, written to the database as the tokens page would make it.
	 */
	private String tokenOf(Person person, String scope) {
		String secret = "clt_" + UUID.randomUUID().toString().replace("-", "") + "abcdefghijk";
		this.jdbc.update(
				"insert into access_token (person_id, name, token_hash, scope, created_at, expires_at)"
						+ " values (?, 'Script', ?, ?, current_timestamp, ?)",
				person.getId(), sha256(secret), scope, Timestamp.from(Instant.now().plusSeconds(3600)));
		return secret;
	}

	private String tokenOf(Person person) {
		return tokenOf(person, "READ");
	}

	/**
	 * Gives the provisioned person a password, standing in for single sign-on, and signs
	 * in.
	 */
	private ApiClient signInAs(String userName) {
		this.jdbc.update("update person set password_hash = ? where username = ?",
				this.passwords.encode(ApiClient.PASSWORD), userName);
		return signedIn(userName);
	}

	private Person person(String userName) {
		return this.people.findByUsername(userName).orElseThrow();
	}

	private static Response scim(ApiClient client, HttpMethod method, String uri, Object body) {
		return client.exchangeRaw(method, uri, (body != null) ? body.toString() : null, SCIM_JSON);
	}

	/** A user as Entra ID sends it. */
	private static ObjectNode entraUser(String userName) {
		ObjectNode user = object();
		user.putArray("schemas")
			.add("urn:ietf:params:scim:schemas:core:2.0:User")
			.add("urn:ietf:params:scim:schemas:extension:enterprise:2.0:User");
		user.put("externalId", UUID.randomUUID().toString()).put("userName", userName).put("active", true);
		user.putObject("name").put("givenName", "Kim").put("familyName", "Lund").put("formatted", "Kim Lund");
		user.put("displayName", "Kim Lund");
		user.putArray("emails").addObject().put("primary", true).put("type", "work").put("value", userName);
		user.putObject("urn:ietf:params:scim:schemas:extension:enterprise:2.0:User").put("department", "Parks");
		user.put("title", "Gardener");
		return user;
	}

	private static ObjectNode op(String op, String path) {
		ObjectNode operation = object().put("op", op);
		if (path != null) {
			operation.put("path", path);
		}
		return operation;
	}

	private static ObjectNode patch(ObjectNode... operations) {
		ObjectNode patch = object();
		patch.putArray("schemas").add("urn:ietf:params:scim:api:messages:2.0:PatchOp");
		patch.putArray("Operations").addAll(java.util.List.of(operations));
		return patch;
	}

	private static String filter(String attribute, String value) {
		// Encoded by the client, as it encodes every URI.
		return attribute + " eq \"" + value + "\"";
	}

	private static String sha256(String secret) {
		try {
			return java.util.HexFormat.of()
				.formatHex(java.security.MessageDigest.getInstance("SHA-256")
					.digest(secret.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
		}
		catch (java.security.NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
