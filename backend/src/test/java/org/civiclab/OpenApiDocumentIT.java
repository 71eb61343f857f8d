package org.civiclab;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The web app's API types are generated from {@code frontend/openapi/civiclab-api.json},
 * a copy of the backend's OpenAPI document. This test fails when the copy is out of date;
 * run it with {@code -Dciviclab.openapi.write=true} to write the current document there.
 */
class OpenApiDocumentIT extends ApiClient.FullStack {

	static final Path COPY = Path.of("../frontend/openapi/civiclab-api.json");

	private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
		.enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);

	@Test
	void theWebAppsCopyOfTheOpenApiDocumentIsCurrent() throws Exception {
		JsonNode served = as("lena").get("/v3/api-docs").expect(200);
		String current = JSON.writeValueAsString(JSON.treeToValue(served, Object.class)) + "\n";

		if (Boolean.getBoolean("civiclab.openapi.write")) {
			Files.writeString(COPY, current, StandardCharsets.UTF_8);
		}

		assertThat(COPY).as("frontend/openapi/civiclab-api.json exists").isRegularFile();
		assertThat(Files.readString(COPY, StandardCharsets.UTF_8))
			.as("frontend/openapi/civiclab-api.json is out of date: run "
					+ "mvn verify -pl backend -Dit.test=OpenApiDocumentIT -Dciviclab.openapi.write=true")
			.isEqualTo(current);
	}

}
