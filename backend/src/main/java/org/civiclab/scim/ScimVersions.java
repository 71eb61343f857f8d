package org.civiclab.scim;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import com.unboundid.scim2.common.ScimResource;
import com.unboundid.scim2.common.exceptions.PreconditionFailedException;
import com.unboundid.scim2.common.types.Meta;

/**
 * A resource's version (RFC 7644 §3.14): a weak entity tag of what the resource says,
 * sent as {@code meta.version} and in the {@code ETag} header; a PUT, PATCH or DELETE
 * with an {@code If-Match} that is not the current version changes nothing (412).
 */
final class ScimVersions {

	private ScimVersions() {
	}

	/** The resource's meta, its version taken from what it says now. */
	static Meta meta(ScimResource resource, String type, String location) {
		Meta meta = new Meta();
		meta.setResourceType(type);
		meta.setLocation(URI.create(location));
		meta.setVersion(version(ScimJson.write(resource).toString()));
		return meta;
	}

	/** Refuses a change made to another version than the current one. */
	static void check(String ifMatch, ScimResource current) throws PreconditionFailedException {
		if (ifMatch == null || ifMatch.isBlank() || ifMatch.strip().equals("*")) {
			return;
		}
		String version = current.getMeta().getVersion();
		boolean matches = java.util.Arrays.stream(ifMatch.split(","))
			.map(String::strip)
			.anyMatch((tag) -> tag.equals(version) || ("W/" + tag).equals(version));
		if (!matches) {
			throw new PreconditionFailedException("The resource has changed: its version is " + version);
		}
	}

	private static String version(String json) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(json.getBytes(StandardCharsets.UTF_8));
			return "W/\"" + HexFormat.of().formatHex(digest, 0, 12) + "\"";
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
