package org.civiclab.web;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Schema;

/**
 * The document's summaries and descriptions come from the code's Javadoc, wrapped as the
 * source is; they are read as running text, one line each.
 */
final class Descriptions {

	private Descriptions() {
	}

	static void tidy(OpenAPI document) {
		document.getPaths().values().forEach((item) -> item.readOperations().forEach((operation) -> {
			operation.setSummary(unwrapped(operation.getSummary()));
			operation.setDescription(unwrapped(operation.getDescription()));
			if (operation.getParameters() != null) {
				operation.getParameters()
					.forEach((parameter) -> parameter.setDescription(unwrapped(parameter.getDescription())));
			}
			if (operation.getResponses() != null) {
				operation.getResponses()
					.values()
					.forEach((response) -> response.setDescription(unwrapped(response.getDescription())));
			}
		}));
		if (document.getTags() != null) {
			document.getTags().forEach((tag) -> tag.setDescription(unwrapped(tag.getDescription())));
		}
		if (document.getComponents() != null && document.getComponents().getSchemas() != null) {
			Set<Schema<?>> seen = new HashSet<>();
			document.getComponents().getSchemas().values().forEach((schema) -> tidy(schema, seen));
		}
	}

	private static void tidy(Schema<?> schema, Set<Schema<?>> seen) {
		if (schema == null || !seen.add(schema)) {
			return;
		}
		schema.setDescription(unwrapped(schema.getDescription()));
		Map<String, Schema> properties = schema.getProperties();
		if (properties != null) {
			properties.values().forEach((property) -> tidy(property, seen));
		}
		tidy(schema.getItems(), seen);
	}

	private static String unwrapped(String text) {
		if (text == null) {
			return null;
		}
		return text.strip()
			.replaceAll("\\s*\\n\\s*", " ")
			.replaceAll("\\{@(?:link|linkplain) [^}\\s]+ ([^}]+)}", "$1")
			.replaceAll("\\{@(?:link|linkplain) (?:[\\w.]*[.#])?([^}]+)}", "$1")
			.replaceAll("\\{@(?:code|literal|value) ([^}]+)}", "$1");
	}

}
