package org.civiclab.people;

import java.util.Locale;

/**
 * The keys of the sign-in throttle's rows: hashes, so that the table holds no username
 * and no address (docs/adr/0011). The person's own row is found by {@link #ofUser}, also
 * by the download and erasure of their data.
 */
public final class SignInThrottleKeys {

	private SignInThrottleKeys() {
	}

	/** The key of the row that counts a username's failures from every address. */
	public static String ofUser(String username) {
		return of("user", username, "");
	}

	static String of(String kind, String username, String address) {
		return Secrets.sha256Hex(kind + "\n" + String.valueOf(username).toLowerCase(Locale.ROOT) + "\n" + address);
	}

}
