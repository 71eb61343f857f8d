package org.civiclab.people;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse.BodyHandlers;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;

import org.junit.jupiter.api.Test;

import org.civiclab.ApiClient;
import org.civiclab.AtOnce;
import org.civiclab.LoopbackClient;
import org.civiclab.Municipalities;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.civiclab.ApiClient.object;

/**
 * Password guessing is slowed down where it comes from, not where the person is
 * (docs/adr/0011): after five failed sign-ins for a user from one address, that address
 * waits before its next try, even with the right password; many attempts at once get no
 * more tries than that; the person signs in from another address at once; and a guesser
 * with many addresses meets a ceiling per user, which the addresses the person signed in
 * from before do not.
 */
class SignInThrottleIT extends ApiClient.FullStack {

	private static final AtomicInteger PEOPLE = new AtomicInteger();

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PasswordEncoder passwords;

	@Test
	void afterFiveFailedSignInsTheUserWaitsBeforeTryingAgainFromThatAddress() {
		String user = person();
		for (int attempt = 1; attempt <= SignInThrottle.MAX_FAILURES; attempt++) {
			as("omar").post("/api/session", object().put("username", user).put("password", "guess-" + attempt))
				.problem(401);
		}

		String detail = as("omar").post("/api/session", object().put("username", user).put("password", "demo"))
			.problem(429)
			.path("detail")
			.asText();

		assertThat(detail).contains("Too many failed sign-ins").contains("1 minute");
		assertThat(as(user).get("/api/me").status()).as("HTTP Basic is throttled too").isEqualTo(401);
		assertThat(as("lena").get("/api/me").expect(200).path("username").asText()).isEqualTo("lena");
	}

	/** Attempts from this one on are sent a moment after the others. */
	static final int LATE = 37;

	@Test
	void manyAttemptsAtOnceEvaluateNoMorePasswordsThanAllowed() throws Exception {
		String user = person();
		int attempts = 40;
		int right = LATE;
		List<Integer> statuses = atOnce(user, attempts, (n) -> (n == right) ? "demo" : "guess-" + n);

		long evaluated = statuses.stream().filter((status) -> status == 401 || status == 200).count();
		assertThat(statuses).as("every attempt answered 401, 429 or 200")
			.allMatch((s) -> s == 401 || s == 429 || s == 200);
		assertThat(evaluated).as("passwords checked of %d sent at once: %s", attempts, statuses)
			.isLessThanOrEqualTo(SignInThrottle.MAX_FAILURES);
		assertThat(statuses.get(right)).as("the right password, sent %dth", right + 1).isEqualTo(429);
		System.out.printf("Sign-in throttle: %d attempts at once, %d passwords checked, statuses %s%n", attempts,
				evaluated, statuses);
	}

	@Test
	void thePersonSignsInFromAnotherAddressWhileOneAddressIsThrottled() {
		String user = person();
		LoopbackClient guesser = LoopbackClient.from("127.0.0.1", this.port);
		for (int attempt = 1; attempt <= SignInThrottle.MAX_FAILURES + 2; attempt++) {
			guesser.signIn(user, "guess-" + attempt);
		}
		assertThat(guesser.signIn(user, "demo").status()).as("the guesser's address waits").isEqualTo(429);

		LoopbackClient.Answer person = LoopbackClient.from("127.0.0.2", this.port).signIn(user, "demo");

		assertThat(person.status()).as("the person's own address: %s", person.body()).isEqualTo(200);
	}

	@Test
	void guessesFromManyAddressesMeetACeilingThatAddressesUsedBeforeDoNot() {
		String user = person();
		assertThat(LoopbackClient.from("127.0.1.1", this.port).signIn(user, "demo").status()).isEqualTo(200);
		int ceiling = 20;
		List<Integer> guesses = new ArrayList<>();
		for (int address = 0; address < ceiling / SignInThrottle.MAX_FAILURES + 2; address++) {
			LoopbackClient guesser = LoopbackClient.from("127.0.2." + (address + 1), this.port);
			for (int attempt = 0; attempt < SignInThrottle.MAX_FAILURES; attempt++) {
				guesses.add(guesser.signIn(user, "guess-" + address + "-" + attempt).status());
			}
		}

		int newAddress = LoopbackClient.from("127.0.3.1", this.port).signIn(user, "demo").status();
		int usedBefore = LoopbackClient.from("127.0.1.1", this.port).signIn(user, "demo").status();

		assertThat(guesses.stream().filter((status) -> status == 401).count()).as("passwords checked: %s", guesses)
			.isEqualTo(ceiling);
		assertThat(newAddress).as("the right password from a new address, past the ceiling").isEqualTo(429);
		assertThat(usedBefore).as("the right password from where the person signed in before").isEqualTo(200);
	}

	/**
	 * Sends these passwords for the user at the same moment, as the web app would: each
	 * with its CSRF token, none waiting for another's answer.
	 */
	private List<Integer> atOnce(String user, int attempts, IntFunction<String> password) throws Exception {
		HttpClient http = HttpClient.newHttpClient();
		return AtOnce.run(attempts, (n) -> {
			HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/api/session"))
				.header("Content-Type", "application/json")
				.header("Cookie", "XSRF-TOKEN=storm")
				.header("X-XSRF-TOKEN", "storm")
				.POST(BodyPublishers
					.ofString("{\"username\":\"" + user + "\",\"password\":\"" + password.apply(n) + "\"}"))
				.build();
			boolean late = n >= LATE;
			return () -> {
				if (late) {
					// Sent a moment after the first ones, as the review's 38th was.
					Thread.sleep(150);
				}
				return http.send(request, BodyHandlers.discarding()).statusCode();
			};
		});
	}

	/** A person of their own for each test: the throttle remembers the others. */
	private String person() {
		String username = "throttled-" + PEOPLE.incrementAndGet() + "-" + System.nanoTime() % 100_000;
		Municipalities.addNorrvikPerson(this.jdbc, this.passwords, username, "Throttled Person", null, false);
		return username;
	}

}
