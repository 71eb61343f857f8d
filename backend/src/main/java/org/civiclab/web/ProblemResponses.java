package org.civiclab.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem.HttpMethod;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;

/**
 * The problem details (RFC 9457) each operation of the API document can answer, by one
 * rule: bad input (400) wherever a request carries a body or parameters, a body too large
 * (413) wherever it carries a body, not signed in (401) and not allowed (403) on
 * everything that is not public, a refused change (409) on every change that is not, not
 * found (404) on every path or query parameter naming a record ({@code …Id}), a body of
 * another type than JSON (415) wherever one is taken, and an {@code Accept} it cannot
 * meet (406) wherever the answer is not JSON (the CSV files, the open data's schema);
 * signing in may answer wrong credentials (401) and too many attempts (429), and a public
 * change without its CSRF token 403; a resident's suggestion or support may answer a
 * challenge closed to them (409) and too many requests (429), a confirmation link one
 * used already (410). All share the {@code Problem} schema of what {@link Problems}
 * writes, each with an example from the demo.
 */
final class ProblemResponses {

	static final String PROBLEM = "Problem";

	static final String FIELD_PROBLEM = "FieldProblem";

	private static final String PROBLEM_JSON = org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON_VALUE;

	private ProblemResponses() {
	}

	static void addTo(OpenAPI document) {
		if (document.getComponents() == null) {
			document.setComponents(new Components());
		}
		// Spring's own ProblemDetail (what a handler returning one is documented with) is
		// described by Problem.
		if (document.getComponents().getSchemas() != null) {
			document.getComponents().getSchemas().remove("ProblemDetail");
		}
		document.getComponents().addSchemas(PROBLEM, problemSchema()).addSchemas(FIELD_PROBLEM, fieldProblemSchema());
		document.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
			ApiResponses responses = operation.getResponses();
			boolean onlyRefuses = responses.containsKey("405");
			if (onlyRefuses) {
				// It never answers a success, and refuses before reading anything.
				responses.keySet().removeIf((code) -> code.startsWith("2"));
				responses.get("405").setContent(problem(405, path));
			}
			statuses(method, path, operation).forEach((status, title) -> {
				if (onlyRefuses && !status.equals("401") && !status.equals("403")) {
					return;
				}
				ApiResponse response = responses.computeIfAbsent(status,
						(code) -> new ApiResponse().description(title));
				if (response.getContent() == null) {
					response.setContent(problem(Integer.parseInt(status), path));
				}
			});
		}));
	}

	/** The problems an operation can answer, status to what it means. */
	static Map<String, String> statuses(HttpMethod method, String path, Operation operation) {
		Map<String, String> statuses = new TreeMap<>();
		boolean changes = method != HttpMethod.GET && method != HttpMethod.HEAD;
		boolean isPublic = operation.getSecurity() != null && operation.getSecurity().isEmpty();
		boolean hasParameters = operation.getParameters() != null && !operation.getParameters().isEmpty();
		if (operation.getRequestBody() != null || hasParameters) {
			statuses.put("400", "Bad input: the fields at fault are listed in errors; nothing was changed");
		}
		boolean signIn = method == HttpMethod.POST && "/api/session".equals(path);
		if (!isPublic || signIn) {
			statuses.put("401", signIn ? "The user name or password is wrong"
					: "Not signed in, or the credentials or access token were refused");
		}
		if (!isPublic || changes) {
			// A public change (signing in, an invitation) needs the CSRF cookie's token.
			statuses.put("403", isPublic ? "Without the CSRF token of the XSRF-TOKEN cookie"
					: "Signed in, but not allowed to do this");
		}
		if (path.contains("{") || hasParameters && operation.getParameters()
			.stream()
			.anyMatch((parameter) -> "query".equals(parameter.getIn()) && parameter.getName().endsWith("Id"))) {
			statuses.put("404", "No such record, or one the caller may not see");
		}
		// Residents on public challenges (docs/adr/0040-challenges.md): a challenge that
		// takes no suggestions now, a link used already, and the limits per address.
		boolean residents = changes && isPublic && path.startsWith("/api/open/");
		if (changes && !isPublic) {
			statuses.put("409", "Refused in the record's present state, or changed by someone else "
					+ "since it was read (currentVersion)");
		}
		else if (residents && !path.startsWith("/api/open/confirmations/") && !path.startsWith("/api/open/erasures/")) {
			statuses.put("409", "The challenge does not take suggestions now");
		}
		if (residents && path.startsWith("/api/open/confirmations/")) {
			statuses.put("410", "The link was used already");
		}
		if (!answersJson(operation)) {
			statuses.put("406", "The Accept header asks for another type than this operation answers with");
		}
		if (operation.getRequestBody() != null) {
			statuses.put("413", "The request body is larger than the 1 MB the API takes");
			statuses.put("415", "The request body is not JSON (Content-Type: application/json)");
		}
		if (signIn) {
			statuses.put("429", "Too many failed sign-ins for this user; try again later");
		}
		else if (residents && (path.endsWith("/suggestions") || path.endsWith("/supports"))) {
			statuses.put("429",
					"Too many requests from this e-mail address or client; Retry-After says when to " + "try again");
		}
		return statuses;
	}

	/** Whether every success it documents with a body is JSON (or it documents none). */
	private static boolean answersJson(Operation operation) {
		if (operation.getResponses() == null) {
			return true;
		}
		return operation.getResponses()
			.entrySet()
			.stream()
			.filter((response) -> response.getKey().startsWith("2") && response.getValue().getContent() != null)
			.flatMap((response) -> response.getValue().getContent().keySet().stream())
			.allMatch((type) -> type.equals(org.springframework.http.MediaType.APPLICATION_JSON_VALUE));
	}

	private static Content problem(int status, String path) {
		Map<String, Object> example = new LinkedHashMap<>();
		example.put("type", "about:blank");
		String[] titleAndDetail = switch (status) {
			case 400 -> new String[] { "Invalid request", "title: must not be blank" };
			case 401 -> new String[] { "Not signed in", "Sign in to use CivicLab's API" };
			case 403 -> new String[] { "Not allowed", "You may not do this" };
			case 404 -> new String[] { "Not found", "No idea with id 1" };
			case 406 -> new String[] { "Not Acceptable", "Acceptable representations: [text/csv]" };
			case 405 -> new String[] { "Decisions are immutable",
					"Gate decisions are never changed or removed; take a new decision at the gate that is open" };
			case 409 -> new String[] { "Changed by someone else",
					"NRV-2026-001 was changed since you read it; reload it and try again" };
			case 413 -> new String[] { "Request too large", RequestSizeLimit.DETAIL };
			case 415 -> new String[] { "Unsupported Media Type", "Content-Type 'text/plain' is not supported." };
			case 410 -> new String[] { "No longer valid", "This link has been used already" };
			case 429 ->
				new String[] { "Too many attempts", "Too many failed sign-ins for this user; try again in 15 minutes" };
			default -> new String[] { "Problem", "What went wrong" };
		};
		example.put("title", titleAndDetail[0]);
		example.put("status", status);
		example.put("detail", titleAndDetail[1]);
		example.put("instance", path.replaceAll("\\{[^}]+}", "1"));
		if (status == 400) {
			example.put("errors",
					List.of(Map.of("field", "title", "code", "field.not-blank", "message", "must not be blank")));
		}
		if (status == 409) {
			example.put("currentVersion", 4);
		}
		return new Content().addMediaType(PROBLEM_JSON,
				new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM)).example(example));
	}

	private static Schema<?> problemSchema() {
		return typed("object")
			.description("A problem detail (RFC 9457): what is wrong and, where it applies, "
					+ "which fields. Members other than these may be added; a client ignores those it does not know.")
			.required(List.of("type", "title", "status"))
			.addProperty("type", typed("string").description("Always about:blank: the status says the kind"))
			.addProperty("title", typed("string").description("The kind of problem, short"))
			.addProperty("status", typed("integer").format("int32").description("The HTTP status"))
			.addProperty("detail", typed("string").description("What is wrong, for a person to read"))
			.addProperty("instance", typed("string").description("The path of the request"))
			.addProperty("code",
					typed("string").description("The problem's stable code (such as idea.not-found): the key of its "
							+ "message, rendered in the request's Accept-Language (en, sv, da, nl; else English)"))
			.addProperty("arguments",
					typed("array").description("The arguments of the code's message, as text").items(typed("string")))
			.addProperty("errors",
					typed("array").description("400: every field at fault, in the order of the fields' names")
						.items(new Schema<>().$ref("#/components/schemas/" + FIELD_PROBLEM)))
			.addProperty("currentVersion",
					typed("integer").format("int64")
						.description("409 for a record changed since it was read: its version now, to reload"))
			.addProperty("reason",
					typed("string").description("403 for a refused gate decision: why (such as NOT_CANDIDATE)"))
			.addProperty("mayPass",
					typed("array").description("403 for a refused gate decision: who may take it instead")
						.items(typed("string")))
			.addProperty("missingActivities",
					typed("array").description("409 for a refused migration of ideas: the steps the new model lacks")
						.items(typed("string")));
	}

	private static Schema<?> fieldProblemSchema() {
		return typed("object").description("A field at fault and what is wrong with it")
			.required(List.of("field", "code", "message"))
			.addProperty("field", typed("string").description("The field's path in the request, or the parameter"))
			.addProperty("code", typed("string").description("The message's stable code, such as field.not-blank"))
			.addProperty("arguments",
					typed("array").description("The arguments of the code's message, as text").items(typed("string")))
			.addProperty("message", typed("string").description("What is wrong with it"));
	}

	private static Schema<Object> typed(String type) {
		Schema<Object> schema = new Schema<>();
		schema.setType(type);
		schema.setTypes(Set.of(type));
		return schema;
	}

}
