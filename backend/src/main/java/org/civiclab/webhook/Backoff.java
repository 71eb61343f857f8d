package org.civiclab.webhook;

import java.time.Duration;

/**
 * The wait before the next attempt of a failed delivery: the base after the first
 * failure, doubling after each further one, never longer than the cap.
 */
record Backoff(Duration base, Duration cap) {

	/**
	 * The wait after this many failed attempts (1 or more).
	 */
	Duration after(int attempts) {
		Duration wait = this.base;
		for (int i = 1; i < attempts && wait.compareTo(this.cap) < 0; i++) {
			wait = wait.multipliedBy(2);
		}
		return (wait.compareTo(this.cap) > 0) ? this.cap : wait;
	}

}
