package org.civiclab.people;

import java.util.List;

import org.springframework.http.HttpMethod;
import org.springframework.http.server.PathContainer;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * The API's requests that need no sign-in: signing in, what the sign-in page shows, an
 * invitation link (whom it is for, and setting a password with it) and the public
 * portfolio's open data (docs/adr/0019), and residents taking part in public challenges.
 * One list, read by the security configuration to let them through and by the API
 * document to mark them {@code security: []}.
 */
final class PublicRequests {

	/** A method and a path pattern ({@code *} one segment, {@code **} any rest). */
	record PublicRequest(HttpMethod method, String pattern) {

		/**
		 * Whether an operation of the API document, a method and a path template such as
		 * {@code /api/invitations/{token}}, is this request.
		 */
		boolean describes(HttpMethod method, String pathTemplate) {
			PathPattern parsed = PathPatternParser.defaultInstance.parse(this.pattern);
			return this.method.equals(method) && parsed.matches(PathContainer.parsePath(pathTemplate));
		}

	}

	static final List<PublicRequest> ALL = List.of(new PublicRequest(HttpMethod.POST, "/api/session"),
			new PublicRequest(HttpMethod.GET, "/api/session/demo-users"),
			new PublicRequest(HttpMethod.GET, "/api/session/providers"),
			// The CSRF token of the invitation's form is the double-submit cookie, as for
			// signing in.
			new PublicRequest(HttpMethod.GET, "/api/invitations/*"),
			new PublicRequest(HttpMethod.POST, "/api/invitations/*"), new PublicRequest(HttpMethod.GET, "/api/open/**"),
			// Residents on public challenges (docs/adr/0040-challenges.md): CSRF as for
			// signing in, the double-submit cookie.
			new PublicRequest(HttpMethod.POST, "/api/open/challenges/*/suggestions"),
			new PublicRequest(HttpMethod.POST, "/api/open/suggestions/*/supports"),
			new PublicRequest(HttpMethod.POST, "/api/open/confirmations/*"),
			new PublicRequest(HttpMethod.POST, "/api/open/erasures/*"));

	private PublicRequests() {
	}

	/** Whether an operation of the API document answers without a sign-in. */
	static boolean isPublic(HttpMethod method, String pathTemplate) {
		return ALL.stream().anyMatch((request) -> request.describes(method, pathTemplate));
	}

}
