package org.civiclab.privacy;

import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * What an erased person is called from then on: "Former colleague 7f3a9c" with the
 * username "former-7f3a9c". Drawn at random, not derived from the person, so that it
 * cannot be traced back by trying names (docs/adr/0026).
 *
 * @param username the username their rows now carry
 * @param displayName the name shown instead of theirs
 */
public record Pseudonym(String username, String displayName) {

	private static final SecureRandom RANDOM = new SecureRandom();

	static Pseudonym fresh() {
		byte[] bytes = new byte[4];
		RANDOM.nextBytes(bytes);
		String code = HexFormat.of().formatHex(bytes);
		return new Pseudonym("former-" + code, "Former colleague " + code);
	}

}
