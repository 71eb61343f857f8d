package org.civiclab.api;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.springframework.http.server.PathContainer;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * The committed API document's operations: which operation a request reaches, as Spring
 * would route it (the most specific path template wins), and the responses it lists.
 */
final class ApiDocument {

	/**
	 * The committed document, relative to the backend's folder (where the build runs).
	 */
	static final Path COMMITTED = Path.of("../frontend/openapi/civiclab-api.json");

	private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options");

	private final List<Operation> operations;

	private ApiDocument(List<Operation> operations) {
		this.operations = operations;
	}

	static ApiDocument read(Path file) throws IOException {
		JsonNode document = new ObjectMapper().readTree(file.toFile());
		List<Operation> operations = new ArrayList<>();
		for (Iterator<String> paths = document.path("paths").fieldNames(); paths.hasNext();) {
			String path = paths.next();
			PathPattern pattern = PathPatternParser.defaultInstance.parse(path);
			for (Iterator<String> methods = document.path("paths").path(path).fieldNames(); methods.hasNext();) {
				String method = methods.next();
				if (METHODS.contains(method)) {
					JsonNode operation = document.path("paths").path(path).path(method);
					Set<String> responses = new TreeSet<>();
					operation.path("responses").fieldNames().forEachRemaining(responses::add);
					operations.add(new Operation(operation.path("operationId").asText(),
							method.toUpperCase(Locale.ROOT), path, pattern, responses));
				}
			}
		}
		return new ApiDocument(operations);
	}

	/**
	 * The operation a request with this method and path reaches, if the document has one.
	 */
	Optional<Operation> operation(String method, String path) {
		PathContainer sent = PathContainer.parsePath(path);
		return this.operations.stream()
			.filter((operation) -> operation.method().equals(method) && operation.pattern().matches(sent))
			.min((one, other) -> PathPattern.SPECIFICITY_COMPARATOR.compare(one.pattern(), other.pattern()));
	}

	/**
	 * One operation of the document.
	 *
	 * @param id its operationId
	 * @param method its HTTP method, upper case
	 * @param path its path template
	 * @param pattern the template, to match requests with
	 * @param responses the response codes it lists ({@code "404"}, {@code "4XX"},
	 * {@code "default"})
	 */
	record Operation(String id, String method, String path, PathPattern pattern, Set<String> responses) {

		/** Whether it lists this status, itself, by its class (4XX) or as the default. */
		boolean lists(int status) {
			return this.responses.contains(Integer.toString(status)) || this.responses.contains((status / 100) + "XX")
					|| this.responses.contains("default");
		}

		@Override
		public String toString() {
			return this.method + " " + this.path + " (" + this.id + ")";
		}

	}

}
