package org.civiclab.people;

import org.junit.jupiter.api.Test;

import org.civiclab.ApiClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.civiclab.ApiClient.object;

/**
 * Password guessing is slowed down: after five failed sign-ins for a user, even the right
 * password is refused for a while; other people are not affected.
 */
class SignInThrottleIT extends ApiClient.FullStack {

	@Test
	void afterFiveFailedSignInsTheUserIsLockedOutForAWhile() {
		for (int attempt = 1; attempt <= SignInThrottle.MAX_FAILURES; attempt++) {
			as("omar").post("/api/session", object().put("username", "jonas").put("password", "guess-" + attempt))
				.problem(401);
		}

		String detail = as("omar").post("/api/session", object().put("username", "jonas").put("password", "demo"))
			.problem(429)
			.path("detail")
			.asText();

		assertThat(detail).contains("Too many failed sign-ins").contains("15 minutes");
		assertThat(as("jonas").get("/api/me").status()).as("HTTP Basic is throttled too").isEqualTo(401);
		assertThat(as("lena").get("/api/me").expect(200).path("username").asText()).isEqualTo("lena");
	}

}
