package org.civiclab.database;

import java.sql.SQLException;
import java.util.Set;

/**
 * Whether a failure is contention between transactions that the database resolved by
 * rolling one of them back: a deadlock or a serialization failure, on H2 and PostgreSQL
 * alike. Such a request is answered 409 (try again) and logged as the contention it is,
 * not as an error (issue 13, point 8).
 */
public final class Contention {

	/** Serialization failure and deadlock, by SQL state: H2 and PostgreSQL. */
	static final Set<String> STATES = Set.of("40001", "40P01");

	private Contention() {
	}

	/** Whether the failure, or anything that caused it, is such contention. */
	public static boolean causedBy(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = (cause.getCause() == cause) ? null : cause.getCause()) {
			if (cause instanceof SQLException sql && STATES.contains(sql.getSQLState())) {
				return true;
			}
		}
		return false;
	}

}
