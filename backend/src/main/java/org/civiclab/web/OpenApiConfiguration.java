package org.civiclab.web;

import java.util.List;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.servers.Server;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What the OpenAPI document says about the API as a whole. The server is relative, so the
 * document is the same wherever CivicLab runs (the web app's types are generated from a
 * committed copy of it).
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

	@Bean
	OpenAPI civicLabApi() {
		return new OpenAPI()
			.info(new Info().title("CivicLab API")
				.description("Ideas, gate decisions, experiments, impact and the board of a municipal innovation lab")
				.version("1")
				.license(new License().name("EUPL-1.2")))
			.servers(List.of(new Server().url("/")));
	}

}
