package org.civiclab.privacy;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/**
 * The key of a username's own row in the sign-in throttle: the SHA-256 hash that
 * people.SignInThrottle computes for it (kind "user", no address). Kept in step with it
 * by PersonalDataIT, which finds a failed sign-in's row by this key.
 */
final class ThrottleKey {

	private ThrottleKey() {
	}

	static String of(String username) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256")
					.digest(("user\n" + username.toLowerCase(Locale.ROOT) + "\n").getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
