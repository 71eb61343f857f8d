package org.civiclab.notification;

import java.time.Duration;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class BackoffTests {

	private final Backoff backoff = new Backoff(Duration.ofSeconds(30), Duration.ofHours(1));

	@Test
	void theWaitStartsAtTheBaseAndDoublesAfterEachFailure() {
		assertThat(IntStream.rangeClosed(1, 5).mapToObj(this.backoff::after)).containsExactly(Duration.ofSeconds(30),
				Duration.ofMinutes(1), Duration.ofMinutes(2), Duration.ofMinutes(4), Duration.ofMinutes(8));
	}

	@Test
	void theWaitNeverPassesTheCap() {
		assertThat(this.backoff.after(8)).isEqualTo(Duration.ofHours(1)); // 30 s × 2⁷ =
																			// 64 min
		assertThat(this.backoff.after(7)).isEqualTo(Duration.ofMinutes(32));
		assertThat(this.backoff.after(500)).isEqualTo(Duration.ofHours(1));
		assertThat(this.backoff.after(1_000)).isEqualTo(Duration.ofHours(1));
	}

}
