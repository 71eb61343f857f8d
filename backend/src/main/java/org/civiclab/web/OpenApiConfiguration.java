package org.civiclab.web;

import java.util.List;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.servers.Server;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.customizers.PropertyCustomizer;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;

/**
 * What the OpenAPI document says about the API as a whole. The server is relative, so the
 * document is the same wherever CivicLab runs (the web app's types are generated from a
 * committed copy of it). Its version follows the policy of docs/adr/0029.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

	/**
	 * The API's version (docs/adr/0029): the major number changes with a breaking change,
	 * the minor with an addition, the patch with a correction of the document alone.
	 */
	static final String API_VERSION = "1.0.0";

	@Bean
	OpenAPI civicLabApi() {
		return new OpenAPI()
			.info(new Info().title("CivicLab API")
				.description("Ideas, gate decisions, experiments, impact and the board of a municipal innovation lab. "
						+ "Every error is a problem detail (RFC 9457, application/problem+json). "
						+ "Versioned as docs/adr/0029 says: a breaking change only with a new major version, "
						+ "announced in the release notes and kept beside the old shape for at least six months.")
				.version(API_VERSION)
				.license(new License().name("EUPL-1.2").identifier("EUPL-1.2")))
			.servers(List.of(new Server().url("/")));
	}

	/** A nullable property that refers to a schema of its own is that schema or null. */
	@Bean
	PropertyCustomizer nullableReferences() {
		return new NullableReferences();
	}

	/**
	 * The document's path parameters, the properties its answers always carry and its
	 * problem responses, after the security of each operation is known
	 * (people.ApiDocumentSecurity, ordered before this).
	 */
	@Bean
	@Order(Ordered.LOWEST_PRECEDENCE)
	OpenApiCustomizer problemResponses() {
		return (document) -> {
			Descriptions.tidy(document);
			NullableReferences.fromComponents(document);
			PathParameters.fix(document);
			ResponseFields.requireAll(document);
			ProblemResponses.addTo(document);
		};
	}

}
