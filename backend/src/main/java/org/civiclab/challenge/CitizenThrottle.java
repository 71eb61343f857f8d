package org.civiclab.challenge;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.civiclab.people.Secrets;
import org.civiclab.web.Problems;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.ErrorResponseException;

/**
 * Counts residents' requests in fixed windows, in the database every node shares, so that
 * a limit holds across a cluster; a request above it answers 429 with
 * {@code Retry-After}. The keys are SHA-256 hashes: the table holds no address. Each
 * count commits on its own, so a refused request is counted too, and one that fails later
 * still counts.
 */
@Component
class CitizenThrottle {

	/** A limit: at most {@code requests} in each {@code window}. */
	record Limit(String name, int requests, Duration window) {
	}

	private final JdbcTemplate jdbc;

	private final TransactionTemplate ownTransaction;

	CitizenThrottle(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
		this.jdbc = jdbc;
		this.ownTransaction = new TransactionTemplate(transactions);
		this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	/**
	 * Counts a request against the limit for this key (an address, e-mail or client).
	 * @throws ErrorResponseException 429 if the limit is reached
	 */
	void count(Limit limit, String key) {
		String hashed = Secrets.sha256Hex(limit.name() + "\n" + key);
		long now = Instant.now().toEpochMilli();
		Long waitMillis = this.ownTransaction.execute((status) -> countIn(hashed, limit, now));
		if (waitMillis != null) {
			long seconds = Math.max(1, (waitMillis + 999) / 1000);
			ErrorResponseException refused = Problems.tooManyRequests("citizen.too-many", seconds);
			refused.getHeaders().set(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
			throw refused;
		}
	}

	/** Forgets the windows that have ended. */
	void forgetEnded() {
		this.jdbc.update("delete from citizen_throttle where window_ends < ?", Instant.now().toEpochMilli());
	}

	/** Null if counted, else how long until the window ends. */
	private Long countIn(String key, Limit limit, long now) {
		List<long[]> rows = this.jdbc.query(
				"select window_ends, requests from citizen_throttle where throttle_key = ? for update",
				(row, n) -> new long[] { row.getLong(1), row.getLong(2) }, key);
		if (rows.isEmpty()) {
			try {
				this.jdbc.update("insert into citizen_throttle (throttle_key, window_ends, requests) values (?, ?, 1)",
						key, now + limit.window().toMillis());
				return null;
			}
			catch (DuplicateKeyException ex) {
				// Another request made the row at the same moment: it counted first.
				return limit.window().toMillis();
			}
		}
		long windowEnds = rows.get(0)[0];
		long requests = rows.get(0)[1];
		if (windowEnds <= now) {
			this.jdbc.update("update citizen_throttle set window_ends = ?, requests = 1 where throttle_key = ?",
					now + limit.window().toMillis(), key);
			return null;
		}
		if (requests >= limit.requests()) {
			return windowEnds - now;
		}
		this.jdbc.update("update citizen_throttle set requests = requests + 1 where throttle_key = ?", key);
		return null;
	}

}
