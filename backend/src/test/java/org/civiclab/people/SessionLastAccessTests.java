package org.civiclab.people;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import org.springframework.session.MapSession;

import static org.assertj.core.api.Assertions.assertThat;

class SessionLastAccessTests {

	private final Instant start = Instant.parse("2026-12-01T09:00:00Z");

	private final MapSession stored = new MapSession();

	private final SessionLastAccess.Coarse session = new SessionLastAccess.Coarse(this.stored);

	SessionLastAccessTests() {
		this.stored.setLastAccessedTime(this.start);
	}

	@Test
	void anAccessWithinAMinuteOfTheStoredOneLeavesItAsItIs() {
		this.session.setLastAccessedTime(this.start.plusSeconds(59));

		assertThat(this.stored.getLastAccessedTime()).isEqualTo(this.start);
	}

	@Test
	void anAccessAMinuteOrMoreLaterMovesIt() {
		this.session.setLastAccessedTime(this.start.plusSeconds(60));

		assertThat(this.stored.getLastAccessedTime()).isEqualTo(this.start.plusSeconds(60));
	}

	@Test
	void whatElseIsSetReachesTheStoredSession() {
		this.session.setAttribute("colour", "green");
		String oldId = this.stored.getId();

		String newId = this.session.changeSessionId();

		assertThat(this.stored.<String>getAttribute("colour")).isEqualTo("green");
		assertThat(newId).isNotEqualTo(oldId).isEqualTo(this.stored.getId());
	}

}
