package org.civiclab.challenge;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.civiclab.ApiClient;
import org.civiclab.ApiClient.Response;
import org.civiclab.challenge.CitizenMailbox.Received;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.client.RestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.civiclab.challenge.ChallengeIT.challenge;
import static org.civiclab.challenge.ChallengeIT.inDays;

/**
 * Residents on a public challenge, end to end with a real SMTP server (GreenMail): a
 * suggestion confirmed by its mailed link, moderated, supported once per confirmed
 * address, turned into a credited idea whose resident is mailed when it passes screening;
 * and the abuse cases of issue 18: a flood from one address is throttled, the honeypot
 * stores nothing, nothing unconfirmed or unapproved is public, a script stays text, and
 * no address is ever shown, and none is left after the erasure link.
 */
class CitizenSuggestionsIT extends ApiClient.FullStack {

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	CitizenErasure erasure;

	@LocalServerPort
	int port;

	/** Everything the residents' and staff's calls answered, to look for addresses in. */
	private final List<String> answers = new ArrayList<>();

	@BeforeEach
	void forgetTheCountsOfEarlierTests() {
		// Every test calls from 127.0.0.1: the limit per client is this class's own test.
		this.jdbc.update("delete from citizen_throttle");
	}

	@Test
	void aSuggestionIsConfirmedApprovedSupportedOnceAndBecomesACreditedIdea() {
		long challenge = publicChallenge("Cooler school yards");
		String eva = address();
		accepted(anonymous().post("/api/open/challenges/{id}/suggestions",
				suggestion("Trees in every yard", "Plant trees where children play", eva).put("name", "Eva Berg"),
				challenge));
		Received mail = new CitizenMailbox(MAIL, eva).mail(1);
		assertThat(mail.subject()).isEqualTo("Confirm your suggestion \u201cTrees in every yard\u201d");
		assertThat(mail.text()).contains("/public/confirm/").contains("/public/erase/").doesNotContain(eva);
		assertThat(openSuggestions(challenge)).as("unconfirmed").isEmpty();
		assertThat(read(as("lena").get("/api/challenges/{id}/suggestions", challenge))).as("unconfirmed").isEmpty();

		JsonNode confirmed = read(anonymous().post("/api/open/confirmations/{token}", null, mail.confirmToken()));
		assertThat(confirmed.path("kind").asText()).isEqualTo("SUGGESTION");
		assertThat(confirmed.path("challengeId").asLong()).isEqualTo(challenge);
		anonymous().post("/api/open/confirmations/{token}", null, mail.confirmToken()).problem(410);
		anonymous().post("/api/open/confirmations/{token}", null, "no-such-link").problem(404);
		assertThat(openSuggestions(challenge)).as("pending moderation").isEmpty();

		JsonNode pending = read(as("lena").get("/api/challenges/{id}/suggestions", challenge)).get(0);
		assertThat(pending.path("status").asText()).isEqualTo("PENDING");
		assertThat(pending.path("authorName").asText()).isEqualTo("Eva Berg");
		assertThat(pending.path("credit").asBoolean()).isTrue();
		assertThat(read(as("lena").get("/api/challenges/{id}", challenge)).path("pendingSuggestions").asLong())
			.isEqualTo(1);
		long suggestion = pending.path("id").asLong();
		as("anna").post("/api/suggestions/{id}/approval", ApiClient.object(), suggestion).problem(403);
		as("jonas").post("/api/suggestions/{id}/approval", ApiClient.object(), suggestion).problem(404);
		read(as("lena").post("/api/suggestions/{id}/approval", ApiClient.object(), suggestion));
		JsonNode published = openSuggestions(challenge).get(0);
		assertThat(published.path("title").asText()).isEqualTo("Trees in every yard");
		assertThat(published.path("authorName").asText()).isEqualTo("Eva Berg");
		assertThat(published.path("supports").asLong()).isZero();

		String olle = address();
		accepted(anonymous().post("/api/open/suggestions/{id}/supports", support(olle), suggestion));
		CitizenMailbox ollesMail = new CitizenMailbox(MAIL, olle);
		Received support = ollesMail.mail(1);
		assertThat(support.subject()).isEqualTo("Confirm your support for \u201cTrees in every yard\u201d");
		assertThat(openSuggestions(challenge).get(0).path("supports").asLong()).as("not confirmed yet").isZero();
		assertThat(read(anonymous().post("/api/open/confirmations/{token}", null, support.confirmToken())).path("kind")
			.asText()).isEqualTo("SUPPORT");
		assertThat(openSuggestions(challenge).get(0).path("supports").asLong()).isEqualTo(1);
		accepted(anonymous().post("/api/open/suggestions/{id}/supports", support(olle.toUpperCase(Locale.ROOT)),
				suggestion));
		assertThat(openSuggestions(challenge).get(0).path("supports").asLong()).as("once per address").isEqualTo(1);

		long ideaId = read(as("lena").post("/api/suggestions/{id}/idea", null, suggestion)).path("ideaId").asLong();
		JsonNode idea = read(as("karin").get("/api/ideas/{id}", ideaId));
		assertThat(idea.path("entryRoute").asText()).isEqualTo("CHALLENGE_DRIVEN");
		assertThat(idea.path("challenge").path("id").asLong()).isEqualTo(challenge);
		assertThat(idea.path("credit").asText()).isEqualTo("Eva Berg");
		assertThat(idea.path("stage").asText()).isEqualTo("screening");
		as("lena").post("/api/suggestions/{id}/idea", null, suggestion).problem(409);

		as("karin").decide(ideaId, ApiClient.decision("SCREENING", "GO", idea.path("version").asLong())
			.set("scores", ApiClient.scores(4, 4, 4, 4)));
		Received passed = new CitizenMailbox(MAIL, eva).mail(2);
		assertThat(passed.subject())
			.isEqualTo("The idea made of your suggestion \u201cTrees in every yard\u201d passed screening");
		assertThat(passed.text()).contains(idea.path("reference").asText()).contains("/public/erase/");

		assertThat(this.answers).noneMatch((answer) -> answer.toLowerCase(Locale.ROOT).contains(eva))
			.noneMatch((answer) -> answer.toLowerCase(Locale.ROOT).contains(olle));
	}

	@Test
	void aRejectedSuggestionStaysUnpublishedAndItsResidentIsMailedTheReason() {
		long challenge = publicChallenge("Quiet buses");
		String resident = address();
		long suggestion = confirmedSuggestion(challenge, resident, "Music on buses", "Play music on every bus");

		as("lena").post("/api/suggestions/{id}/rejection", ApiClient.object().put("reason", ""), suggestion)
			.problem(400);
		JsonNode rejected = read(as("lena").post("/api/suggestions/{id}/rejection",
				ApiClient.object().put("reason", "Music is not for everyone on a bus"), suggestion));
		assertThat(rejected.path("status").asText()).isEqualTo("REJECTED");
		Received mail = new CitizenMailbox(MAIL, resident).mail(2);
		assertThat(mail.subject()).isEqualTo("Your suggestion \u201cMusic on buses\u201d was not published");
		assertThat(mail.text()).contains("Music is not for everyone on a bus").contains("/public/erase/");
		assertThat(openSuggestions(challenge)).isEmpty();
		as("lena").post("/api/suggestions/{id}/approval", ApiClient.object(), suggestion).problem(409);
		as("lena").post("/api/suggestions/{id}/idea", null, suggestion).problem(409);
	}

	@Test
	void theHoneypotStoresAndSendsNothing() {
		long challenge = publicChallenge("Robots welcome?");
		long before = rows();

		accepted(anonymous().post("/api/open/challenges/{id}/suggestions",
				suggestion("Buy cheap watches", "Visit my shop", address()).put("website", "https://spam.example"),
				challenge));

		assertThat(rows()).isEqualTo(before);
	}

	@Test
	void aHundredSuggestionsFromOneAddressInAMinuteAreThrottled() {
		long challenge = publicChallenge("Flooded");
		String flooder = address();
		int accepted = 0;
		int throttled = 0;
		String refusal = null;
		for (int i = 0; i < 100; i++) {
			Response answer = anonymous().post("/api/open/challenges/{id}/suggestions",
					suggestion("Spam " + i, "Spam", flooder), challenge);
			if (answer.status() == 202) {
				accepted++;
			}
			else if (answer.status() == 429) {
				throttled++;
				refusal = answer.body();
			}
		}

		assertThat(accepted).isEqualTo(5);
		assertThat(throttled).isEqualTo(95);
		assertThat(refusal).contains("citizen.too-many").contains("try again in");
		String[] refused = RestClient.create("http://127.0.0.1:" + this.port)
			.post()
			.uri("/api/open/challenges/{id}/suggestions", challenge)
			.headers((headers) -> headers.setBasicAuth("anna", ApiClient.PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.body(suggestion("Spam again", "Spam", flooder).toString())
			.exchange((request, answer) -> new String[] { String.valueOf(answer.getStatusCode().value()),
					answer.getHeaders().getFirst(HttpHeaders.RETRY_AFTER) });
		assertThat(refused[0]).isEqualTo("429");
		assertThat(Long.parseLong(refused[1])).as("Retry-After").isBetween(1L, 3600L);
		assertThat(this.jdbc.queryForObject(
				"select count(*) from suggestion s join citizen c on c.id = s.citizen_id where c.email = ?", Long.class,
				flooder))
			.isEqualTo(5);
	}

	@Test
	void aScriptIsStoredAsWrittenAndAnsweredAsPlainText() {
		long challenge = publicChallenge("Scripts");
		String script = "<script>alert('x')</script><img src=x onerror=alert(1)>";
		long suggestion = confirmedSuggestion(challenge, address(), script, script);
		read(as("lena").post("/api/suggestions/{id}/approval", ApiClient.object(), suggestion));

		Response page = anonymous().get("/api/open/challenges/{id}", challenge);
		assertThat(page.contentType().isCompatibleWith(MediaType.APPLICATION_JSON)).isTrue();
		JsonNode published = page.expect(200).path("suggestions").get(0);
		assertThat(published.path("title").asText()).isEqualTo(script);
		assertThat(published.path("text").asText()).isEqualTo(script);
		assertThat(this.jdbc.queryForObject("select text from suggestion where id = ?", String.class, suggestion))
			.isEqualTo(script);
	}

	@Test
	void theErasureLinkLeavesNoTraceOfTheAddress() {
		long challenge = publicChallenge("Erase me");
		String resident = address();
		long suggestion = confirmedSuggestion(challenge, resident, "Benches by the river", "More benches");
		read(as("lena").post("/api/suggestions/{id}/approval", ApiClient.object(), suggestion));
		long other = confirmedSuggestion(challenge, address(), "Lights by the river", "More lights");
		read(as("lena").post("/api/suggestions/{id}/approval", ApiClient.object(), other));
		accepted(anonymous().post("/api/open/suggestions/{id}/supports", support(resident), other));
		CitizenMailbox mailbox = new CitizenMailbox(MAIL, resident);
		read(anonymous().post("/api/open/confirmations/{token}", null, mailbox.mail(2).confirmToken()));
		long ideaId = read(as("lena").post("/api/suggestions/{id}/idea", null, suggestion)).path("ideaId").asLong();
		assertThat(read(as("lena").get("/api/ideas/{id}", ideaId)).path("credit").asText())
			.isEqualTo("Resident of Benches by the river");
		assertThat(textColumnsHolding(resident)).as("before the erasure").isNotEmpty();

		JsonNode erased = read(
				anonymous().post("/api/open/erasures/{token}", null, mailbox.mails().get(0).erasureToken()));

		assertThat(erased.path("status").asText()).isEqualTo("ERASED");
		assertThat(textColumnsHolding(resident)).isEmpty();
		assertThat(textColumnsHolding("Resident of Benches by the river")).isEmpty();
		JsonNode page = read(anonymous().get("/api/open/challenges/{id}", challenge));
		assertThat(page.path("suggestions").get(0).path("authorName").isNull()).isTrue();
		assertThat(page.path("suggestions").get(0).path("text").asText()).isEqualTo("More benches");
		assertThat(page.path("suggestions").get(1).path("supports").asLong()).as("a support still counts").isEqualTo(1);
		assertThat(read(as("lena").get("/api/ideas/{id}", ideaId)).path("credit").isNull()).isTrue();
		anonymous().post("/api/open/erasures/{token}", null, mailbox.mails().get(1).erasureToken()).problem(404);
	}

	@Test
	void theRetentionPeriodErasesAResidentAnyway() {
		long challenge = publicChallenge("Kept too long");
		String resident = address();
		long suggestion = confirmedSuggestion(challenge, resident, "Swings for adults", "Swings in the park");
		read(as("lena").post("/api/suggestions/{id}/approval", ApiClient.object(), suggestion));
		assertThat(textColumnsHolding(resident)).isNotEmpty();

		int erased = this.erasure.eraseBefore(Instant.now().plusSeconds(1));

		assertThat(erased).isPositive();
		assertThat(textColumnsHolding(resident)).isEmpty();
		assertThat(openSuggestions(challenge).get(0).path("text").asText()).isEqualTo("Swings in the park");
	}

	@Test
	void noAddressAppearsInTheOpenDataOrAnyPublicAnswer() {
		long challenge = publicChallenge("Open data");
		String resident = address();
		long suggestion = confirmedSuggestion(challenge, resident, "Open benches", "Benches for all");
		read(as("lena").post("/api/suggestions/{id}/approval", ApiClient.object(), suggestion));

		List<String> published = List.of(anonymous().get("/api/open/challenges").expect(200).toString(),
				anonymous().get("/api/open/challenges/{id}", challenge).expect(200).toString(),
				anonymous().get("/api/open/ideas").expect(200).toString(),
				as("lena").get("/api/challenges/{id}/suggestions", challenge).expect(200).toString(),
				as("lena").get("/api/challenges/{id}", challenge).expect(200).toString(),
				as("lena").get("/api/me/data").expect(200).toString());
		assertThat(published).noneMatch((answer) -> answer.contains("@citizens.example.org"));
		assertThat(published.get(1)).contains("Open benches").contains("Resident of Open benches");
		assertThat(published.get(0)).as("the open data names nobody")
			.contains("Open benches")
			.doesNotContain("Resident of Open benches");
	}

	private long publicChallenge(String title) {
		return as("lena").post("/api/challenges", challenge(title, "PUBLIC", inDays(20)))
			.expect(201)
			.path("id")
			.asLong();
	}

	/** A suggestion, confirmed by its resident: pending moderation. */
	private long confirmedSuggestion(long challenge, String resident, String title, String text) {
		accepted(anonymous().post("/api/open/challenges/{id}/suggestions",
				suggestion(title, text, resident).put("name", "Resident of " + title), challenge));
		Received mail = new CitizenMailbox(MAIL, resident).mail(1);
		read(anonymous().post("/api/open/confirmations/{token}", null, mail.confirmToken()));
		for (JsonNode found : read(as("lena").get("/api/challenges/{id}/suggestions", challenge))) {
			if (found.path("title").asText().equals(title)) {
				return found.path("id").asLong();
			}
		}
		throw new AssertionError("No suggestion " + title);
	}

	private static ObjectNode suggestion(String title, String text, String email) {
		return ApiClient.object()
			.put("title", title)
			.put("text", text)
			.put("email", email)
			.put("credit", true)
			.put("language", "en")
			.put("website", "");
	}

	private static ObjectNode support(String email) {
		return ApiClient.object().put("email", email).put("language", "en").put("website", "");
	}

	private static String address() {
		return "resident-" + UUID.randomUUID() + "@citizens.example.org";
	}

	private JsonNode openSuggestions(long challenge) {
		return read(anonymous().get("/api/open/challenges/{id}", challenge)).path("suggestions");
	}

	private void accepted(Response answer) {
		assertThat(read(answer, 202).path("status").asText()).isEqualTo("CHECK_YOUR_MAIL");
	}

	private JsonNode read(Response answer) {
		return read(answer, answer.request().matches(".*POST .*/api/suggestions/\\d+/idea") ? 201 : 200);
	}

	private JsonNode read(Response answer, int status) {
		this.answers.add(answer.body());
		return answer.expect(status);
	}

	private long rows() {
		return this.jdbc.queryForObject("select (select count(*) from suggestion) + (select count(*) from citizen)"
				+ " + (select count(*) from citizen_token) + (select count(*) from outgoing_mail)", Long.class);
	}

	/**
	 * "table.column" of every character column of every table that holds the text, on H2
	 * and on PostgreSQL (their catalogues spell the types and schemas differently).
	 */
	private List<String> textColumnsHolding(String text) {
		List<String> found = new ArrayList<>();
		for (var column : this.jdbc.queryForList("""
				select table_schema, table_name, column_name from information_schema.columns
				where lower(table_schema) not in ('information_schema', 'pg_catalog') and lower(data_type) in
				('character varying', 'character', 'character large object', 'varchar_ignorecase', 'text')""")) {
			String table = "\"" + column.get("TABLE_SCHEMA") + "\".\"" + column.get("TABLE_NAME") + "\"";
			String name = "\"" + column.get("COLUMN_NAME") + "\"";
			Long hits = this.jdbc.queryForObject(
					"select count(*) from " + table + " where lower(cast(" + name + " as varchar)) like ?", Long.class,
					"%" + text.toLowerCase(Locale.ROOT) + "%");
			if (hits != null && hits > 0) {
				found.add(column.get("TABLE_NAME") + "." + column.get("COLUMN_NAME"));
			}
		}
		return found;
	}

}
