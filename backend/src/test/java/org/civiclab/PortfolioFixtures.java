package org.civiclab;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

import static org.civiclab.ApiClient.decision;
import static org.civiclab.ApiClient.learningCard;
import static org.civiclab.ApiClient.newIdea;
import static org.civiclab.ApiClient.object;
import static org.civiclab.ApiClient.scores;
import static org.civiclab.ApiClient.version;

/**
 * What the portfolio's tests need beyond the demo: people with names of their own and
 * ideas taken through the pipeline to their end over HTTP.
 */
public final class PortfolioFixtures {

	private PortfolioFixtures() {
	}

	/** Adds an intrapreneur of Norrvik with this name and e-mail, once. */
	public static void person(JdbcTemplate jdbc, PasswordEncoder passwords, String username, String name, String email,
			boolean consent) {
		Integer known = jdbc.queryForObject("select count(*) from person where username = ?", Integer.class, username);
		if (known > 0) {
			return;
		}
		jdbc.update(
				"""
						insert into person (username, password_hash, display_name, email, organisation_id, department,
						                    enabled, public_name_consent)
						values (?, ?, ?, ?, (select id from organisation where name = 'Norrvik municipality'), 'Parks', true, ?)""",
				username, passwords.encode(ApiClient.PASSWORD), name, email, consent);
		jdbc.update("insert into person_role (person_id, role) values ((select id from person where username = ?), ?)",
				username, "INTRAPRENEUR");
	}

	/** A new idea, public or not, submitted by its author; answers it in screening. */
	public static JsonNode submitted(ApiClient author, String title, boolean publicIdea, String theme) {
		ObjectNode idea = newIdea(title).put("publicIdea", publicIdea);
		idea.putArray("themes").add(theme);
		JsonNode draft = author.post("/api/ideas", idea).expect(201);
		return author.post("/api/ideas/{id}/submit", version(draft.path("version").asLong()), draft.path("id").asLong())
			.expect(200);
	}

	/**
	 * Screens an idea in screening with a Go: from now on a public one is published.
	 * Answers it in plan.
	 */
	public static JsonNode screened(ApiClient labLead, JsonNode idea) {
		long id = idea.path("id").asLong();
		labLead.decide(id, decision("SCREENING", "GO", labLead.idea(id).path("version").asLong()).set("scores",
				scores(4, 4, 3, 4)));
		return labLead.idea(id);
	}

	/**
	 * Takes an idea from screening through a failed test to Stopped, the experiment's
	 * learning card saying {@code learned}; answers the stopped idea.
	 */
	public static JsonNode stopped(ApiClient labLead, JsonNode idea, String learned) {
		long id = screened(labLead, idea).path("id").asLong();
		JsonNode experiment = labLead.addTestCard(id, "Try it in one park");
		labLead.decide(id, decision("PLAN", "GO", labLead.idea(id).path("version").asLong()).put("timeBoxEndsAt",
				Instant.now().plus(60, ChronoUnit.DAYS).toString()));
		labLead
			.post("/api/experiments/{id}/result",
					object().put("result", "Hardly anyone used it")
						.put("outcome", "INVALIDATED")
						.put("costSpent", 18_500)
						.put("version", experiment.path("version").asLong())
						.set("learningCard", learningCard(learned)),
					experiment.path("id").asLong())
			.expect(200);
		ObjectNode kill = decision("TEST", "KILL", labLead.idea(id).path("version").asLong()).set("learningCard",
				learningCard("We learned that the stop is the result: " + learned));
		kill.putArray("experimentIds").add(experiment.path("id").asLong());
		labLead.decide(id, kill);
		return labLead.idea(id);
	}

}
