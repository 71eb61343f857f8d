package org.civiclab.web;

import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.Schema;

/**
 * The API sends every property of what it answers, {@code null} where there is no value
 * (Jackson's default, which CivicLab keeps), so every property of a schema that only
 * answers carry is marked required; those that may be {@code null} are marked so where
 * they are declared ({@code @Nullable}). A schema that requests carry as well keeps what
 * the validation annotations say: a client may leave out what is not required.
 */
final class ResponseFields {

	private static final String PREFIX = "#/components/schemas/";

	private ResponseFields() {
	}

	static void requireAll(OpenAPI document) {
		if (document.getComponents() == null || document.getComponents().getSchemas() == null) {
			return;
		}
		Map<String, Schema> schemas = document.getComponents().getSchemas();
		Set<String> answered = reachable(schemas, operations(document).flatMap(ResponseFields::answers));
		Set<String> sent = reachable(schemas, operations(document).flatMap(ResponseFields::requests));
		answered.removeAll(sent);
		answered.forEach((name) -> {
			Schema<?> schema = schemas.get(name);
			if (schema != null && schema.getProperties() != null && !schema.getProperties().isEmpty()) {
				schema.setRequired(List.copyOf(schema.getProperties().keySet()));
			}
		});
	}

	private static Stream<Operation> operations(OpenAPI document) {
		return document.getPaths().values().stream().flatMap((item) -> item.readOperations().stream());
	}

	private static Stream<Schema> answers(Operation operation) {
		return (operation.getResponses() != null)
				? operation.getResponses().values().stream().flatMap((response) -> schemasOf(response.getContent()))
				: Stream.empty();
	}

	private static Stream<Schema> requests(Operation operation) {
		Stream<Schema> body = (operation.getRequestBody() != null) ? schemasOf(operation.getRequestBody().getContent())
				: Stream.empty();
		Stream<Schema> parameters = (operation.getParameters() != null)
				? operation.getParameters().stream().map((parameter) -> parameter.getSchema()) : Stream.empty();
		return Stream.concat(body, parameters);
	}

	private static Stream<Schema> schemasOf(Content content) {
		return (content != null) ? content.values().stream().map((media) -> media.getSchema()) : Stream.empty();
	}

	/** The names of the component schemas these schemas refer to, directly or not. */
	private static Set<String> reachable(Map<String, Schema> schemas, Stream<Schema> roots) {
		Set<String> names = new HashSet<>();
		Deque<Schema> pending = new ArrayDeque<>();
		roots.forEach((root) -> push(pending, root));
		while (!pending.isEmpty()) {
			Schema<?> schema = pending.pop();
			String ref = schema.get$ref();
			if (ref != null && ref.startsWith(PREFIX)) {
				String name = ref.substring(PREFIX.length());
				if (names.add(name) && schemas.get(name) != null) {
					push(pending, schemas.get(name));
				}
				continue;
			}
			if (schema.getProperties() != null) {
				schema.getProperties().values().forEach((property) -> push(pending, property));
			}
			push(pending, schema.getItems());
			if (schema.getAdditionalProperties() instanceof Schema<?> values) {
				push(pending, values);
			}
			pushAll(pending, schema.getAllOf());
			pushAll(pending, schema.getOneOf());
			pushAll(pending, schema.getAnyOf());
		}
		return names;
	}

	private static void pushAll(Deque<Schema> pending, Collection<Schema> schemas) {
		if (schemas != null) {
			schemas.forEach((schema) -> push(pending, schema));
		}
	}

	private static void push(Deque<Schema> pending, Schema<?> schema) {
		if (schema != null) {
			pending.push(schema);
		}
	}

}
