package org.civiclab.people;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Set;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import org.civiclab.ApiClient;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.civiclab.ApiClient.newIdea;
import static org.civiclab.ApiClient.object;

/**
 * Personal access tokens over HTTP (docs/adr/0024): made by their person, shown once,
 * used by scripts with {@code Authorization: Bearer} and no CSRF token, read-only or
 * read-write, refused once expired, revoked or their person deactivated.
 */
class AccessTokensIT extends ApiClient.FullStack {

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PersonRepository people;

	@Autowired
	OrganisationRepository organisations;

	@Test
	void aTokenIsShownOnceStoredAsAHashAndNeverListedAgain() {
		ApiClient anna = as("anna");

		JsonNode created = anna.post("/api/access-tokens", token("Nightly export", "READ", 30)).expect(201);
		String secret = created.path("token").asText();
		long id = created.path("accessToken").path("id").asLong();
		String listed = anna.get("/api/access-tokens").body();

		assertThat(secret).startsWith("clt_").hasSize(4 + 43);
		assertThat(created.path("accessToken").path("name").asText()).isEqualTo("Nightly export");
		assertThat(created.path("accessToken").path("scope").asText()).isEqualTo("READ");
		assertThat(created.path("accessToken").path("expiresAt").asText())
			.startsWith(LocalDate.now(ZoneOffset.UTC).plusDays(31).toString());
		assertThat(listed).contains("Nightly export").doesNotContain(secret).doesNotContain(secret.substring(4));
		assertThat(this.jdbc.queryForObject("select token_hash from access_token where id = ?", String.class, id))
			.as("only the SHA-256 hash is stored")
			.isEqualTo(AccessTokens.hash(secret))
			.isNotEqualTo(secret);
	}

	@Test
	void aReadTokenReadsAsItsPersonAndMayNotWrite() {
		ApiClient script = bearer(make("anna", "READ"));
		String mine = as("anna").get("/api/ideas/mine").body();

		JsonNode me = script.get("/api/me").expect(200);
		script.post("/api/ideas", newIdea("Written with a read token")).problem(403);

		assertThat(me.path("username").asText()).isEqualTo("anna");
		assertThat(as("anna").get("/api/ideas/mine").body()).as("nothing written").isEqualTo(mine);
	}

	@Test
	void aReadWriteTokenWritesWithoutACsrfTokenOrSession() {
		ApiClient script = bearer(make("anna", "READ_WRITE"));

		JsonNode idea = script.post("/api/ideas", newIdea("Written by a script")).expect(201);

		assertThat(as("anna").idea(idea.path("id").asLong()).path("title").asText()).isEqualTo("Written by a script");
	}

	@Test
	void aRevokedTokenIsRefusedAndLeavesTheList() {
		ApiClient anna = as("anna");
		JsonNode created = anna.post("/api/access-tokens", token("Revoke me", "READ", 10)).expect(201);
		ApiClient script = bearer(created.path("token").asText());
		script.get("/api/me").expect(200);

		anna.delete("/api/access-tokens/{id}", created.path("accessToken").path("id").asLong()).expect(204);

		script.get("/api/me").problem(401);
		assertThat(anna.get("/api/access-tokens").body()).doesNotContain("Revoke me");
	}

	@Test
	void anExpiredOrUnknownTokenIsRefused() {
		String secret = make("omar", "READ");
		this.jdbc.update("update access_token set expires_at = ? where token_hash = ?",
				java.sql.Timestamp.from(java.time.Instant.now().minusSeconds(1)), AccessTokens.hash(secret));

		bearer(secret).get("/api/me").problem(401);
		bearer(AccessTokens.newSecret()).get("/api/me").problem(401);
		bearer("clt_").post("/api/ideas", newIdea("With no token at all")).problem(401);
	}

	@Test
	void aDeactivatedPersonsTokensStopWorking() {
		Organisation norrvik = this.organisations.findByName("Norrvik municipality").orElseThrow();
		String username = "leaver-" + UUID.randomUUID().toString().substring(0, 8);
		Person leaver = this.people
			.save(new Person(username, "-", "Lea Ver", norrvik, "IT", Set.of(Role.INTRAPRENEUR)));
		String secret = AccessTokens.newSecret();
		this.jdbc.update(
				"insert into access_token (person_id, name, token_hash, scope, created_at, expires_at)"
						+ " values (?, 'Leaver', ?, 'READ_WRITE', current_timestamp, ?)",
				leaver.getId(), AccessTokens.hash(secret),
				java.sql.Timestamp.from(java.time.Instant.now().plusSeconds(3600)));
		bearer(secret).get("/api/me").expect(200);

		this.jdbc.update("update person set enabled = false where id = ?", leaver.getId());

		bearer(secret).get("/api/me").problem(401);
	}

	@Test
	void nobodySeesOrRevokesAnothersToken() {
		ApiClient anna = as("anna");
		JsonNode created = anna.post("/api/access-tokens", token("Anna's own", "READ", 5)).expect(201);
		long id = created.path("accessToken").path("id").asLong();

		String omarsList = as("omar").get("/api/access-tokens").body();
		as("omar").delete("/api/access-tokens/{id}", id).problem(404);

		assertThat(omarsList).doesNotContain("Anna's own");
		bearer(created.path("token").asText()).get("/api/me").expect(200);
	}

	@Test
	void makingAndRevokingATokenIsAuditedWithoutItsSecret() {
		ApiClient anna = as("anna");
		JsonNode created = anna.post("/api/access-tokens", token("Audited export", "READ_WRITE", 10)).expect(201);
		long id = created.path("accessToken").path("id").asLong();
		String secret = created.path("token").asText();

		anna.delete("/api/access-tokens/{id}", id).expect(204);

		assertThat(auditOf(id)).containsExactly("anna ACCESS_TOKEN_CREATED Audited export (READ_WRITE)",
				"anna ACCESS_TOKEN_REVOKED Audited export (READ_WRITE)");
		assertThat(this.jdbc.queryForObject(
				"select count(*) from audit_event where details like ? or details like ? or actor like ?", Long.class,
				"%" + secret.substring(4) + "%", "%" + AccessTokens.hash(secret) + "%",
				"%" + secret.substring(4) + "%"))
			.as("neither the secret nor its hash is in the audit")
			.isZero();
	}

	@Test
	void anAdminsScimTokenIsAuditedToo() {
		JsonNode created = as("admin").post("/api/access-tokens", token("Entra ID", "SCIM", 90)).expect(201);
		long id = created.path("accessToken").path("id").asLong();

		as("admin").delete("/api/access-tokens/{id}", id).expect(204);

		assertThat(auditOf(id)).containsExactly("admin ACCESS_TOKEN_CREATED Entra ID (SCIM)",
				"admin ACCESS_TOKEN_REVOKED Entra ID (SCIM)");
	}

	@Test
	void aRefusedTokenOrRevocationIsNotAuditedAsDone() {
		JsonNode created = as("anna").post("/api/access-tokens", token("Not omar's", "READ", 5)).expect(201);
		long id = created.path("accessToken").path("id").asLong();
		long before = this.jdbc.queryForObject("select count(*) from audit_event where action like 'ACCESS_TOKEN_%'",
				Long.class);

		as("omar").delete("/api/access-tokens/{id}", id).problem(404);
		as("anna").post("/api/access-tokens", token("SCIM without admin", "SCIM", 5)).problem(403);

		assertThat(auditOf(id)).containsExactly("anna ACCESS_TOKEN_CREATED Not omar's (READ)");
		assertThat(this.jdbc.queryForObject("select count(*) from audit_event where action like 'ACCESS_TOKEN_%'",
				Long.class))
			.isEqualTo(before);
	}

	@Test
	void aTokenMakesNoOtherToken() {
		ApiClient script = bearer(make("anna", "READ_WRITE"));

		script.post("/api/access-tokens", token("Made by a token", "READ_WRITE", 300)).problem(403);

		assertThat(as("anna").get("/api/access-tokens").body()).doesNotContain("Made by a token");
	}

	@Test
	void anExpiryBeyondAYearOrNotAfterTodayOrNoneIsRefusedNamingTheField() {
		ApiClient lena = as("lena");
		String before = lena.get("/api/access-tokens").body();

		JsonNode tooLong = lena.post("/api/access-tokens", token("Forever", "READ", 400)).problem(400);
		JsonNode today = lena.post("/api/access-tokens", token("Today", "READ", 0)).problem(400);
		JsonNode none = lena.post("/api/access-tokens", object().put("name", "None").put("scope", "READ")).problem(400);
		JsonNode noName = lena.post("/api/access-tokens", token(" ", "READ", 10)).problem(400);

		assertThat(tooLong.path("detail").asText()).contains("expiresOn");
		assertThat(today.path("detail").asText()).contains("expiresOn");
		assertThat(none.path("detail").asText()).contains("expiresOn");
		assertThat(noName.path("detail").asText()).contains("name");
		assertThat(lena.get("/api/access-tokens").body()).isEqualTo(before);
	}

	@Test
	void aUseIsRecordedAtMostOnceAMinute() {
		String secret = make("maria", "READ");
		bearer(secret).get("/api/me").expect(200);
		Object first = lastUsed(secret);

		bearer(secret).get("/api/me").expect(200);

		assertThat(first).as("the first use is recorded").isNotNull();
		assertThat(lastUsed(secret)).as("a second use within the minute writes nothing").isEqualTo(first);
		assertThat(as("maria").get("/api/access-tokens").expect(200).findValuesAsText("lastUsedAt")).isNotEmpty();
	}

	/** The audit of a token, oldest first: actor, action and details of each event. */
	private java.util.List<String> auditOf(long tokenId) {
		return this.jdbc.queryForList("select actor || ' ' || action || ' ' || details from audit_event"
				+ " where record_type = 'access_token' and record_id = ? order by id", String.class, tokenId);
	}

	private Object lastUsed(String secret) {
		return this.jdbc.queryForObject("select last_used_at from access_token where token_hash = ?", Object.class,
				AccessTokens.hash(secret));
	}

	/** A new token of this demo user's, made through the API; its secret. */
	private String make(String username, String scope) {
		return as(username).post("/api/access-tokens", token("Script of " + username, scope, 7))
			.expect(201)
			.path("token")
			.asText();
	}

	static com.fasterxml.jackson.databind.node.ObjectNode token(String name, String scope, int days) {
		return object().put("name", name)
			.put("scope", scope)
			.put("expiresOn", LocalDate.now(ZoneOffset.UTC).plusDays(days).toString());
	}

}
