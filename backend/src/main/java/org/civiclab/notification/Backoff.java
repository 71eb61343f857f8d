package org.civiclab.notification;

import java.time.Duration;

/**
 * The wait before the next attempt of a failed delivery: the base after the first
 * failure, doubling after each further one, never longer than the cap. The mail outbox's
 * and the webhooks' retries.
 */
public record Backoff(Duration base, Duration cap) {

	/**
	 * The wait after this many failed attempts (1 or more).
	 */
	public Duration after(int attempts) {
		Duration wait = this.base;
		for (int i = 1; i < attempts && wait.compareTo(this.cap) < 0; i++) {
			wait = wait.multipliedBy(2);
		}
		return (wait.compareTo(this.cap) > 0) ? this.cap : wait;
	}

}
