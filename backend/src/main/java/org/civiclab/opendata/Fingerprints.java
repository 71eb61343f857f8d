package org.civiclab.opendata;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.springframework.stereotype.Component;

/**
 * Weak ETags: the SHA-256 of what is sent, so that an unchanged answer keeps its ETag
 * across restarts and nodes. Weak, because the same answer travels gzip-compressed or not
 * (Tomcat compresses no answer with a strong ETag, whose bytes would differ).
 */
@Component
class Fingerprints {

	private final ObjectMapper json;

	Fingerprints(ObjectMapper json) {
		this.json = json;
	}

	String ofJson(Object body) {
		try {
			return of(this.json.writeValueAsBytes(body));
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException("Cannot write " + body.getClass().getSimpleName(), ex);
		}
	}

	String of(String text) {
		return of(text.getBytes(StandardCharsets.UTF_8));
	}

	private static String of(byte[] bytes) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(bytes);
			return "W/\"" + HexFormat.of().formatHex(digest, 0, 16) + "\"";
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java has SHA-256", ex);
		}
	}

}
