package org.civiclab.people;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tries at passwords, in the database that every node shares (table
 * {@code sign_in_throttle}, V7). A try is claimed before its password is checked and
 * settled after: the failures of a key's window and the tries in flight together never
 * exceed its allowance, and a claim is a compare-and-set on the row's version, so two
 * attempts at once, on one node or two, never both take the last try. Each statement
 * commits by itself, outside any caller's transaction.
 */
@Repository
@Transactional(propagation = Propagation.NOT_SUPPORTED)
class SignInAttempts {

	/** One key's state; times in epoch milliseconds. */
	record Row(int failures, int inFlight, long inFlightUntil, long windowEnds, long blockedUntil, long knownUntil,
			long version) {

		/** The failures that still count at this moment. */
		int failuresAt(long now) {
			return (this.windowEnds <= now) ? 0 : this.failures;
		}

		/** The tries in flight at this moment: a claim past its time is void. */
		int inFlightAt(long now) {
			return (this.inFlightUntil <= now) ? 0 : this.inFlight;
		}

	}

	/** How many tries a key has, and how long it waits after them. */
	interface Allowance {

		/** Failures that cost no wait. */
		int free();

		/** How long a key waits after this many failures (zero: no wait). */
		Duration waitAfter(int failures);

	}

	/** What a claim came to. */
	sealed interface Claim {

		/** A try to check one password, to be settled. */
		record Granted(Row before) implements Claim {
		}

		/** No try until then: the key waits after its failures. */
		record Waiting(Instant until) implements Claim {
		}

		/** The key's tries are all being checked now; one may be free in a moment. */
		record Busy() implements Claim {
		}

	}

	/** Long enough for any password check; a claim older than this is void. */
	static final Duration IN_FLIGHT_AT_MOST = Duration.ofSeconds(30);

	/** How long failures count after the last one. */
	static final Duration WINDOW = Duration.ofMinutes(15);

	private final JdbcTemplate jdbc;

	SignInAttempts(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** Claims one try at a password for the key, if it has one now. */
	Claim claim(String key, Instant at, Allowance allowance) {
		long now = at.toEpochMilli();
		while (true) {
			Optional<Row> found = find(key);
			if (found.isEmpty()) {
				if (insert(key, now)) {
					return new Claim.Granted(null);
				}
				continue;
			}
			Row row = found.get();
			if (row.blockedUntil() > now) {
				return new Claim.Waiting(Instant.ofEpochMilli(row.blockedUntil()));
			}
			int failures = row.failuresAt(now);
			int inFlight = row.inFlightAt(now);
			int tries = (failures < allowance.free()) ? allowance.free() - failures : 1;
			if (inFlight >= tries) {
				return new Claim.Busy();
			}
			if (update(key, row.version(), failures, inFlight + 1, now + IN_FLIGHT_AT_MOST.toMillis(), row.windowEnds(),
					row.blockedUntil(), row.knownUntil())) {
				return new Claim.Granted(row);
			}
		}
	}

	/** Settles a try whose password was right, or not checked: it is no failure. */
	void settleAsNoFailure(String key) {
		this.jdbc.update("""
				update sign_in_throttle set in_flight = case when in_flight > 0 then in_flight - 1 else 0 end,
				version = version + 1 where throttle_key = ?""", key);
	}

	/**
	 * Settles a try whose password was right, and remembers the key as known until then.
	 */
	void settleAsKnown(String key, Instant until) {
		this.jdbc.update("""
				update sign_in_throttle set in_flight = case when in_flight > 0 then in_flight - 1 else 0 end,
				known_until = ?, version = version + 1 where throttle_key = ?""", until.toEpochMilli(), key);
	}

	/** Settles a try whose password was wrong: a failure, and the wait it costs. */
	void settleAsFailure(String key, Instant at, Allowance allowance) {
		long now = at.toEpochMilli();
		while (true) {
			Row row = find(key).orElse(null);
			if (row == null) {
				return;
			}
			int failures = row.failuresAt(now) + 1;
			Duration wait = allowance.waitAfter(failures);
			long blockedUntil = wait.isZero() ? row.blockedUntil()
					: Math.max(row.blockedUntil(), now + wait.toMillis());
			if (update(key, row.version(), failures, Math.max(row.inFlight() - 1, 0), row.inFlightUntil(),
					now + WINDOW.toMillis(), blockedUntil, row.knownUntil())) {
				return;
			}
		}
	}

	/** Forgets the keys that have nothing left to remember. */
	int forgetExpired(Instant now) {
		long millis = now.toEpochMilli();
		return this.jdbc.update("""
				delete from sign_in_throttle where window_ends < ? and blocked_until < ? and known_until < ?
				and in_flight_until < ?""", millis, millis, millis, millis);
	}

	private Optional<Row> find(String key) {
		List<Row> rows = this.jdbc.query("""
				select failures, in_flight, in_flight_until, window_ends, blocked_until, known_until, version
				from sign_in_throttle where throttle_key = ?""",
				(result, n) -> new Row(result.getInt(1), result.getInt(2), result.getLong(3), result.getLong(4),
						result.getLong(5), result.getLong(6), result.getLong(7)),
				key);
		return rows.stream().findFirst();
	}

	private boolean update(String key, long version, int failures, int inFlight, long inFlightUntil, long windowEnds,
			long blockedUntil, long knownUntil) {
		return this.jdbc.update("""
				update sign_in_throttle set failures = ?, in_flight = ?, in_flight_until = ?, window_ends = ?,
				blocked_until = ?, known_until = ?, version = version + 1 where throttle_key = ? and version = ?""",
				failures, inFlight, inFlightUntil, windowEnds, blockedUntil, knownUntil, key, version) == 1;
	}

	private boolean insert(String key, long now) {
		try {
			this.jdbc.update("""
					insert into sign_in_throttle (throttle_key, failures, in_flight, in_flight_until, window_ends,
					blocked_until, known_until, version) values (?, 0, 1, ?, 0, 0, 0, 0)""", key,
					now + IN_FLIGHT_AT_MOST.toMillis());
			return true;
		}
		catch (DuplicateKeyException ex) {
			// Another attempt made the row at the same moment: claim on it.
			return false;
		}
	}

}
