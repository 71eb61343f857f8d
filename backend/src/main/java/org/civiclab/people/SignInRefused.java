package org.civiclab.people;

import java.time.Duration;
import java.time.Instant;

import org.springframework.security.authentication.LockedException;

/**
 * A sign-in refused before its password was checked: too many failed tries for the user,
 * from this address or from everywhere; it may try again after {@link #retryAfter()}.
 */
final class SignInRefused extends LockedException {

	private final Duration retryAfter;

	SignInRefused(Instant until, Instant now) {
		super("Too many failed sign-ins; try again later");
		this.retryAfter = Duration.between(now, until).isNegative() ? Duration.ZERO : Duration.between(now, until);
	}

	Duration retryAfter() {
		return this.retryAfter;
	}

	/** The wait in whole minutes, rounded up, at least one. */
	long minutes() {
		return Math.max(1, (this.retryAfter.toSeconds() + 59) / 60);
	}

}
