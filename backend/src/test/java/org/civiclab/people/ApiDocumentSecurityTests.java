package org.civiclab.people;

import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.models.security.SecurityRequirement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.http.HttpMethod;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the API document says an operation needs to be called, from the same list of
 * public requests the security configuration lets through.
 */
class ApiDocumentSecurityTests {

	@ParameterizedTest(name = "{0} {1}")
	@CsvSource({ "POST, /api/session", "GET, /api/session/demo-users", "GET, /api/session/providers",
			"GET, /api/invitations/{token}", "POST, /api/invitations/{token}", "GET, /api/open/ideas",
			"GET, /api/open/ideas/{reference}", "GET, /api/open/schema/ideas.json" })
	void aPublicRequestNeedsNoSignIn(String method, String path) {
		assertThat(ApiDocumentSecurity.requirements(HttpMethod.valueOf(method), path)).isEmpty();
	}

	@ParameterizedTest(name = "{0} {1}")
	@CsvSource({ "GET, /api/session", "DELETE, /api/session", "GET, /api/ideas/{id}", "POST, /api/open/ideas",
			"GET, /api/invitations/{token}/more" })
	void anyOtherNeedsOneOfTheThreeWays(String method, String path) {
		assertThat(ApiDocumentSecurity.requirements(HttpMethod.valueOf(method), path)).flatExtracting(Map::keySet)
			.contains("basic", "session", "accessToken");
	}

	@Test
	void aReadTakesASessionAloneAndAReadOnlyToken() {
		List<SecurityRequirement> read = ApiDocumentSecurity.requirements(HttpMethod.GET, "/api/board");

		assertThat(read).containsExactly(new SecurityRequirement().addList("basic"),
				new SecurityRequirement().addList("session"),
				new SecurityRequirement().addList("accessToken", List.of("READ", "READ_WRITE")));
	}

	@Test
	void aChangeTakesTheSessionWithItsCsrfTokenAndAReadWriteToken() {
		List<SecurityRequirement> change = ApiDocumentSecurity.requirements(HttpMethod.POST, "/api/ideas");

		assertThat(change).containsExactly(new SecurityRequirement().addList("basic"),
				new SecurityRequirement().addList("session").addList("csrf"),
				new SecurityRequirement().addList("accessToken", "READ_WRITE"));
	}

	@Test
	void directoryProvisioningTakesAScimTokenOnly() {
		assertThat(ApiDocumentSecurity.requirements(HttpMethod.POST, "/scim/v2/Users"))
			.containsExactly(new SecurityRequirement().addList("accessToken", "SCIM"));
	}

}
