package org.civiclab.security;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.function.Function;

import com.fasterxml.jackson.databind.node.ObjectNode;

import org.civiclab.ApiClient;
import org.civiclab.security.Access.Rule;

/**
 * What the challenge endpoints name, for the matrix (docs/adr/0040-challenges.md): a new
 * staff challenge of Norrvik, opened by its lab lead before each call, at version 0; a
 * suggestion and a resident's link that do not exist (CitizenSuggestionsIT moderates and
 * confirms real ones).
 */
final class ChallengeTargets {

	private static Function<String, ApiClient> clients;

	private ChallengeTargets() {
	}

	static void use(Function<String, ApiClient> clients) {
		ChallengeTargets.clients = clients;
	}

	static boolean names(String path) {
		return path.startsWith("/api/challenges") || path.startsWith("/api/suggestions")
				|| path.startsWith("/api/open/");
	}

	/** A new staff challenge of Norrvik. */
	static Long fresh() {
		return clients.apply("lena")
			.post("/api/challenges", challenge("Matrix challenge"))
			.expect(201)
			.path("id")
			.asLong();
	}

	static ObjectNode challenge(String title) {
		ObjectNode body = ApiClient.object()
			.put("title", title)
			.put("problem", "A problem for the matrix")
			.put("audience", "STAFF")
			.put("opensAt", Instant.now().minus(1, ChronoUnit.HOURS).toString())
			.put("closesAt", Instant.now().plus(30, ChronoUnit.DAYS).toString())
			.put("version", 0);
		body.putArray("themes");
		return body;
	}

	/** Opening a challenge: lab leads and executives. */
	static Rule openers(int status) {
		return (caller, target, stage) -> caller.anonymous() ? 401
				: (caller.groups().contains("lab-lead") || caller.groups().contains("executive")) ? status : 403;
	}

	/** Moderating a challenge's suggestions: its organisation's lab leads. */
	static Rule moderators(int status) {
		return (caller, target, stage) -> caller.anonymous() ? 401
				: caller.groups().contains("lab-lead") ? status : 403;
	}

}
