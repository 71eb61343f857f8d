package org.civiclab.challenge;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import org.civiclab.ApiClient;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Challenges for staff over HTTP: opened, read, edited, closed with a summary, closed by
 * their timer into review; who sees which audience; who is refused, changing nothing; an
 * idea that answers one.
 */
class ChallengeIT extends ApiClient.FullStack {

	@Autowired
	JdbcTemplate jdbc;

	/** A challenge as a lab lead writes it. */
	static ObjectNode challenge(String title, String audience, Instant closesAt) {
		ObjectNode body = ApiClient.object()
			.put("title", title)
			.put("problem", "Too few residents know the library opens on Sundays")
			.put("affected", "Families with young children")
			.put("goodAnswer", "More visitors on Sundays, measured at the door")
			.put("audience", audience)
			.put("opensAt", Instant.now().minus(1, ChronoUnit.HOURS).toString())
			.put("closesAt", closesAt.toString());
		body.putArray("themes").add("Culture");
		return body;
	}

	static Instant inDays(int days) {
		return Instant.now().plus(days, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
	}

	@Test
	void aLabLeadOpensEditsAndClosesAChallengeWithASummary() {
		ApiClient lena = as("lena");
		JsonNode opened = lena.post("/api/challenges", challenge("Sunday library", "STAFF", inDays(30))).expect(201);
		long id = opened.path("id").asLong();
		assertThat(opened.path("state").asText()).isEqualTo("OPEN");
		assertThat(opened.path("organisation").asText()).isEqualTo("Norrvik municipality");
		assertThat(opened.path("mayManage").asBoolean()).isTrue();
		assertThat(opened.path("responses")).isEmpty();
		long version = opened.path("version").asLong();

		JsonNode edited = lena
			.put("/api/challenges/{id}",
					challenge("Sunday library, edited", "STAFF", inDays(40)).put("version", version), id)
			.expect(200);
		assertThat(edited.path("title").asText()).isEqualTo("Sunday library, edited");
		JsonNode stale = lena
			.put("/api/challenges/{id}", challenge("Stale", "STAFF", inDays(40)).put("version", version), id)
			.problem(409);
		assertThat(stale.path("currentVersion").asLong()).isEqualTo(edited.path("version").asLong());
		assertThat(as("maria").get("/api/challenges/{id}", id).expect(200).path("title").asText())
			.isEqualTo("Sunday library, edited");

		JsonNode closed = as("maria")
			.post("/api/challenges/{id}/closing",
					ApiClient.object()
						.put("summary", "Two ideas came of it; one is tested")
						.put("version", edited.path("version").asLong()),
					id)
			.expect(200);
		assertThat(closed.path("state").asText()).isEqualTo("CLOSED");
		assertThat(closed.path("summary").asText()).isEqualTo("Two ideas came of it; one is tested");
		lena.put("/api/challenges/{id}",
				challenge("Too late", "STAFF", inDays(40)).put("version", closed.path("version").asLong()), id)
			.problem(409);
		assertThat(this.jdbc.queryForObject("select count(*) from act_ru_execution where business_key_ = ?", Long.class,
				"challenge-" + id))
			.isZero();
	}

	@Test
	void itsTimerClosesAChallengeIntoTheReviewOfItsResponses() {
		ApiClient lena = as("lena");
		long id = lena.post("/api/challenges", challenge("Short one", "STAFF", Instant.now().plusSeconds(2)))
			.expect(201)
			.path("id")
			.asLong();

		await("the closing timer").atMost(Duration.ofSeconds(60))
			.pollInterval(Duration.ofMillis(200))
			.until(() -> lena.get("/api/challenges/{id}", id).expect(200).path("state").asText().equals("REVIEWING"));

		long version = lena.get("/api/challenges/{id}", id).expect(200).path("version").asLong();
		JsonNode closed = lena
			.post("/api/challenges/{id}/closing",
					ApiClient.object().put("summary", "Nothing came of it").put("version", version), id)
			.expect(200);
		assertThat(closed.path("state").asText()).isEqualTo("CLOSED");
		assertThat(this.jdbc.queryForObject(
				"select count(*) from act_ru_task where name_ = 'Review responses'"
						+ " and proc_inst_id_ in (select id_ from act_ru_execution where business_key_ = ?)",
				Long.class, "challenge-" + id))
			.isZero();
	}

	@Test
	void eachAudienceIsReadByItsReadersAndNobodyElse() {
		ApiClient lena = as("lena");
		long staff = lena.post("/api/challenges", challenge("Staff only", "STAFF", inDays(10)))
			.expect(201)
			.path("id")
			.asLong();
		long region = lena.post("/api/challenges", challenge("For the region", "REGION", inDays(10)))
			.expect(201)
			.path("id")
			.asLong();
		long open = lena.post("/api/challenges", challenge("For everyone", "PUBLIC", inDays(10)))
			.expect(201)
			.path("id")
			.asLong();

		ApiClient sara = as("sara");
		List<Long> seenBySara = ids(sara.get("/api/challenges").expect(200));
		assertThat(seenBySara).contains(region, open).doesNotContain(staff);
		sara.get("/api/challenges/{id}", staff).problem(404);
		assertThat(sara.get("/api/challenges/{id}", region).expect(200).path("mayManage").asBoolean()).isFalse();
		assertThat(ids(as("anna").get("/api/challenges").expect(200))).contains(staff, region, open);

		anonymous().get("/api/challenges").problem(401);
		anonymous().get("/api/open/challenges/{id}", staff).problem(404);
		anonymous().get("/api/open/challenges/{id}", region).problem(404);
		assertThat(
				anonymous().get("/api/open/challenges/{id}", open).expect(200).path("challenge").path("title").asText())
			.isEqualTo("For everyone");
		assertThat(ids(anonymous().get("/api/open/challenges").expect(200))).contains(open)
			.doesNotContain(staff, region);
	}

	@Test
	void refusedCallersChangeNothing() {
		ApiClient lena = as("lena");
		JsonNode staff = lena.post("/api/challenges", challenge("Refusals", "STAFF", inDays(10))).expect(201);
		JsonNode region = lena.post("/api/challenges", challenge("Refusals region", "REGION", inDays(10))).expect(201);
		long before = this.jdbc.queryForObject("select count(*) + coalesce(sum(version), 0) from challenge",
				Long.class);

		as("anna").post("/api/challenges", challenge("Not mine to open", "STAFF", inDays(10))).problem(403);
		as("admin").post("/api/challenges", challenge("Not mine to open", "STAFF", inDays(10))).problem(403);
		anonymous().post("/api/challenges", challenge("Nobody", "PUBLIC", inDays(10))).problem(401);
		as("anna")
			.put("/api/challenges/{id}",
					challenge("Edited by anna", "STAFF", inDays(10)).put("version", staff.path("version").asLong()),
					staff.path("id").asLong())
			.problem(403);
		as("jonas")
			.put("/api/challenges/{id}",
					challenge("Edited by jonas", "STAFF", inDays(10)).put("version", staff.path("version").asLong()),
					staff.path("id").asLong())
			.problem(404);
		as("jonas")
			.put("/api/challenges/{id}",
					challenge("Edited by jonas", "REGION", inDays(10)).put("version", region.path("version").asLong()),
					region.path("id").asLong())
			.problem(403);
		as("anna")
			.post("/api/challenges/{id}/closing",
					ApiClient.object().put("summary", "No").put("version", staff.path("version").asLong()),
					staff.path("id").asLong())
			.problem(403);
		as("jonas")
			.post("/api/challenges/{id}/closing",
					ApiClient.object().put("summary", "No").put("version", region.path("version").asLong()),
					region.path("id").asLong())
			.problem(403);
		lena.post("/api/challenges", challenge("Backwards", "STAFF", inDays(10)).put("opensAt", inDays(20).toString()))
			.problem(400);

		assertThat(this.jdbc.queryForObject("select count(*) + coalesce(sum(version), 0) from challenge", Long.class))
			.isEqualTo(before);
	}

	@Test
	void anIdeaAnswersAChallengeAndIsListedAsItsResponse() {
		long id = as("lena").post("/api/challenges", challenge("Answer me", "STAFF", inDays(10)))
			.expect(201)
			.path("id")
			.asLong();
		ApiClient anna = as("anna");
		JsonNode idea = anna.post("/api/ideas", ApiClient.newIdea("Sunday story hour").put("challengeId", id))
			.expect(201);
		assertThat(idea.path("entryRoute").asText()).isEqualTo("CHALLENGE_DRIVEN");
		assertThat(idea.path("challenge").path("id").asLong()).isEqualTo(id);
		assertThat(idea.path("challenge").path("title").asText()).isEqualTo("Answer me");

		assertThat(as("lena").get("/api/challenges/{id}", id).expect(200).path("responses"))
			.as("a draft is its author's")
			.isEmpty();
		anna.post("/api/ideas/{id}/submit", ApiClient.version(idea.path("version").asLong()), idea.path("id").asLong())
			.expect(200);
		JsonNode responses = as("lena").get("/api/challenges/{id}", id).expect(200).path("responses");
		assertThat(responses).hasSize(1);
		assertThat(responses.get(0).path("title").asText()).isEqualTo("Sunday story hour");

		as("sara").post("/api/ideas", ApiClient.newIdea("Not for Sjöstad").put("challengeId", id)).problem(400);
	}

	private static List<Long> ids(JsonNode list) {
		List<Long> ids = new ArrayList<>();
		list.forEach((item) -> ids.add(item.path("id").asLong()));
		return ids;
	}

}
