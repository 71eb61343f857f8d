package org.civiclab.people;

import org.springframework.http.HttpMethod;

/**
 * What a personal access token may do: read only, read and write as its person may, or
 * provision its maker's organisation through SCIM and nothing else (docs/adr/0025).
 */
public enum AccessTokenScope {

	/** GET and HEAD only; anything else is refused (403). */
	READ,
	/** Everything its person may do. */
	READ_WRITE,
	/**
	 * A directory's: the SCIM endpoints under {@code /scim/v2} and nothing else; made by
	 * an admin for their organisation.
	 */
	SCIM;

	/** The path prefix of the SCIM endpoints. */
	static final String SCIM_PATHS = "/scim/";

	/** The authority a SCIM token gives, which the SCIM endpoints require. */
	static final String SCIM_AUTHORITY = "SCOPE_SCIM";

	/** Whether a request of this method to this path may be sent with this scope. */
	boolean allows(String method, String path) {
		return switch (this) {
			case SCIM -> path.startsWith(SCIM_PATHS);
			case READ_WRITE -> true;
			case READ -> HttpMethod.GET.matches(method) || HttpMethod.HEAD.matches(method);
		};
	}

}
