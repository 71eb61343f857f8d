package org.civiclab.notification;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MailOutboxTests {

	@Test
	void aFailedMailWaitsTwiceAsLongAfterEachAttemptAnHourAtMost() {
		Duration first = Duration.ofSeconds(30);

		assertThat(MailOutbox.backOff(1, first)).isEqualTo(Duration.ofSeconds(30));
		assertThat(MailOutbox.backOff(2, first)).isEqualTo(Duration.ofSeconds(60));
		assertThat(MailOutbox.backOff(5, first)).isEqualTo(Duration.ofMinutes(8));
		assertThat(MailOutbox.backOff(8, first)).isEqualTo(Duration.ofHours(1));
		assertThat(MailOutbox.backOff(500, first)).isEqualTo(Duration.ofHours(1));
	}

}
