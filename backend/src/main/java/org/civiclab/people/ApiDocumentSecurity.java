package org.civiclab.people;

import java.util.List;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.customizers.OpenApiCustomizer;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;

/**
 * What the API document says about signing in (docs/adr/0009, 0024): the three ways a
 * request is authenticated, declared once, and on every operation which of them it takes
 * — none for the {@link PublicRequests public ones}, only a SCIM token for directory
 * provisioning.
 */
@Configuration(proxyBeanMethods = false)
class ApiDocumentSecurity {

	static final String BASIC = "basic";

	static final String SESSION = "session";

	static final String CSRF = "csrf";

	static final String ACCESS_TOKEN = "accessToken";

	@Bean
	@Order(Ordered.HIGHEST_PRECEDENCE)
	OpenApiCustomizer securityOfEachOperation() {
		return (document) -> {
			declareSchemes(document);
			document.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
				HttpMethod http = HttpMethod.valueOf(method.name());
				operation.setSecurity(requirements(http, path));
			}));
		};
	}

	/**
	 * Who may send this request: nobody needs to sign in for a public one; a SCIM
	 * endpoint takes a SCIM token only; any other takes HTTP Basic, the web app's session
	 * (with its CSRF token on a change), or a personal access token whose scope allows
	 * the method.
	 */
	static List<SecurityRequirement> requirements(HttpMethod method, String path) {
		if (PublicRequests.isPublic(method, path)) {
			return List.of();
		}
		if (path.startsWith(AccessTokenScope.SCIM_PATHS)) {
			return List.of(new SecurityRequirement().addList(ACCESS_TOKEN, AccessTokenScope.SCIM.name()));
		}
		boolean reads = HttpMethod.GET.equals(method) || HttpMethod.HEAD.equals(method);
		SecurityRequirement session = new SecurityRequirement().addList(SESSION);
		if (!reads) {
			session.addList(CSRF);
		}
		SecurityRequirement token = reads
				? new SecurityRequirement().addList(ACCESS_TOKEN,
						List.of(AccessTokenScope.READ.name(), AccessTokenScope.READ_WRITE.name()))
				: new SecurityRequirement().addList(ACCESS_TOKEN, AccessTokenScope.READ_WRITE.name());
		return List.of(new SecurityRequirement().addList(BASIC), session, token);
	}

	private static void declareSchemes(OpenAPI document) {
		if (document.getComponents() == null) {
			document.setComponents(new Components());
		}
		document.getComponents()
			.addSecuritySchemes(BASIC,
					new SecurityScheme().type(SecurityScheme.Type.HTTP)
						.scheme("basic")
						.description("A person's user name and password with every request, for scripts and tests. "
								+ "Needs no CSRF token and makes no session."))
			.addSecuritySchemes(SESSION,
					new SecurityScheme().type(SecurityScheme.Type.APIKEY)
						.in(SecurityScheme.In.COOKIE)
						.name("JSESSIONID")
						.description("The web app's session, begun by signing in (POST /api/session). "
								+ "A change also needs the session's CSRF token (csrf)."))
			.addSecuritySchemes(CSRF,
					new SecurityScheme().type(SecurityScheme.Type.APIKEY)
						.in(SecurityScheme.In.HEADER)
						.name("X-XSRF-TOKEN")
						.description("With a session, every change sends back in this header what the "
								+ "XSRF-TOKEN cookie holds; signing in gives a new one."))
			.addSecuritySchemes(ACCESS_TOKEN, new SecurityScheme().type(SecurityScheme.Type.HTTP)
				.scheme("bearer")
				.bearerFormat("clt_…")
				.description("A personal access token (Authorization: Bearer clt_…), made in the web app "
						+ "under Access tokens. Its scope is READ (GET only), READ_WRITE (everything its person "
						+ "may do) or SCIM (directory provisioning only); the scopes an operation takes are "
						+ "listed with it. An unknown, expired or revoked token is a 401, a write with a "
						+ "READ token a 403."));
	}

}
