package org.civiclab.people;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Slows password guessing down where it comes from, not where the person is
 * (docs/adr/0011). Every password check is claimed in the shared database first
 * ({@link SignInAttempts}), so simultaneous attempts, on one node or several, get no more
 * checks than these:
 * <ul>
 * <li>per user and client address, {@value #MAX_FAILURES} failures, then one try at a
 * time after a wait that doubles from {@link #FIRST_WAIT} to {@link #LONGEST_WAIT};
 * <li>per user, {@value #ACCOUNT_CEILING} failures from addresses the user has not signed
 * in from within {@link #REMEMBERED}, then {@link #LONGEST_WAIT} for every such address;
 * where the person signed in before, only the first rule applies.
 * </ul>
 * Failures are forgotten {@link SignInAttempts#WINDOW} after the last one. An attempt
 * that finds all its tries being checked waits a moment for one ({@link #MOST_BUSY}): a
 * script sending many requests at once with the right password is slowed, not refused.
 * The keys are hashes: the table holds no username and no address.
 */
@Component
class SignInThrottle {

	static final int MAX_FAILURES = 5;

	static final Duration FIRST_WAIT = Duration.ofMinutes(1);

	static final Duration LONGEST_WAIT = Duration.ofMinutes(15);

	static final int ACCOUNT_CEILING = 20;

	static final Duration REMEMBERED = Duration.ofDays(90);

	/** How long an attempt waits for one of its tries to come free. */
	static final Duration MOST_BUSY = Duration.ofSeconds(20);

	private static final Duration CLEANUP_EVERY = Duration.ofMinutes(10);

	static final SignInAttempts.Allowance PER_ADDRESS = allowance(MAX_FAILURES, FIRST_WAIT);

	static final SignInAttempts.Allowance PER_USER = allowance(ACCOUNT_CEILING, LONGEST_WAIT);

	private final SignInAttempts attempts;

	private final Clock clock;

	private final AtomicLong lastCleanup = new AtomicLong();

	@Autowired
	SignInThrottle(SignInAttempts attempts) {
		this(attempts, Clock.systemUTC());
	}

	SignInThrottle(SignInAttempts attempts, Clock clock) {
		this.attempts = attempts;
		this.clock = clock;
	}

	/** The tries a sign-in holds while its password is checked. */
	record Claim(String address, String user) {
	}

	/**
	 * Claims a try for a sign-in of this user from this address, waiting for one that is
	 * being checked if need be.
	 * @throws SignInRefused if there is none now
	 */
	Claim claim(String username, String address) {
		forgetExpired(this.clock.instant());
		String addressKey = SignInThrottleKeys.of("address", username, address);
		SignInAttempts.Row before = claim(addressKey, PER_ADDRESS);
		if (before != null && before.knownUntil() > this.clock.millis()) {
			return new Claim(addressKey, null);
		}
		String userKey = SignInThrottleKeys.ofUser(username);
		try {
			claim(userKey, PER_USER);
		}
		catch (SignInRefused ex) {
			this.attempts.settleAsNoFailure(addressKey);
			throw ex;
		}
		return new Claim(addressKey, userKey);
	}

	/** The password was right: the tries are settled, and the address remembered. */
	void succeeded(Claim claim) {
		this.attempts.settleAsKnown(claim.address(), this.clock.instant().plus(REMEMBERED));
		if (claim.user() != null) {
			this.attempts.settleAsNoFailure(claim.user());
		}
	}

	/** The password was wrong: a failure for the address, and for the user. */
	void failed(Claim claim) {
		Instant now = this.clock.instant();
		this.attempts.settleAsFailure(claim.address(), now, PER_ADDRESS);
		if (claim.user() != null) {
			this.attempts.settleAsFailure(claim.user(), now, PER_USER);
		}
	}

	/** The password could not be checked (no guess was made): no failure. */
	void abandoned(Claim claim) {
		this.attempts.settleAsNoFailure(claim.address());
		if (claim.user() != null) {
			this.attempts.settleAsNoFailure(claim.user());
		}
	}

	private SignInAttempts.Row claim(String key, SignInAttempts.Allowance allowance) {
		Instant giveUp = this.clock.instant().plus(MOST_BUSY);
		while (true) {
			Instant now = this.clock.instant();
			SignInAttempts.Claim claim = this.attempts.claim(key, now, allowance);
			if (claim instanceof SignInAttempts.Claim.Granted granted) {
				return granted.before();
			}
			if (claim instanceof SignInAttempts.Claim.Waiting waiting) {
				throw new SignInRefused(waiting.until(), now);
			}
			if (!now.isBefore(giveUp)) {
				throw new SignInRefused(now.plusSeconds(1), now);
			}
			pause();
		}
	}

	private static void pause() {
		try {
			Thread.sleep(25);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while waiting for a sign-in try", ex);
		}
	}

	private void forgetExpired(Instant now) {
		long last = this.lastCleanup.get();
		if (now.toEpochMilli() - last > CLEANUP_EVERY.toMillis()
				&& this.lastCleanup.compareAndSet(last, now.toEpochMilli())) {
			this.attempts.forgetExpired(now);
		}
	}

	/**
	 * {@code free} failures cost no wait; each further one waits {@code first}, doubling
	 * up to {@link #LONGEST_WAIT}.
	 */
	static SignInAttempts.Allowance allowance(int free, Duration first) {
		return new SignInAttempts.Allowance() {

			@Override
			public int free() {
				return free;
			}

			@Override
			public Duration waitAfter(int failures) {
				if (failures < free) {
					return Duration.ZERO;
				}
				Duration wait = first.multipliedBy(1L << Math.min(failures - free, 10));
				return (wait.compareTo(LONGEST_WAIT) > 0) ? LONGEST_WAIT : wait;
			}

		};
	}

}
