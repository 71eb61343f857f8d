package org.civiclab.security;

import java.util.UUID;
import java.util.function.Function;

import org.civiclab.ApiClient;

import static org.civiclab.ApiClient.object;

/**
 * What the admin endpoints of the lists and custom fields name, for the matrix: Norrvik
 * (the organisation of the matrix's admin), and an entry or a field of its own for each
 * call, made by that admin before the call.
 */
final class AdminListTargets {

	private static Function<String, ApiClient> clients;

	private AdminListTargets() {
	}

	static void use(Function<String, ApiClient> clients) {
		AdminListTargets.clients = clients;
	}

	static boolean names(String path) {
		return path.startsWith("/api/admin/organisations/");
	}

	static Long norrvik() {
		return admin().get("/api/me").expect(200).path("organisationId").asLong();
	}

	/**
	 * The list of a path: an entry's calls use the receiving units, the list's own the
	 * departments, so that a name written at its length limit in one is free in the
	 * other.
	 */
	static String kind(String path) {
		return path.endsWith("{entryId}") ? "receiving-units" : "departments";
	}

	static Long freshEntry() {
		return admin().post("/api/admin/organisations/{id}/lists/receiving-units", entry("Matrix unit"), norrvik())
			.expect(201)
			.path("id")
			.asLong();
	}

	static Long freshField() {
		return admin().post("/api/admin/organisations/{id}/fields", field("Matrix field"), norrvik())
			.expect(201)
			.path("id")
			.asLong();
	}

	/** A new entry's body, its name unique. */
	static Object entry(String name) {
		return object().put("name", name + " " + UUID.randomUUID()).put("retired", false);
	}

	/**
	 * A custom field's body: optional text, so the matrix's ideas need not fill it in.
	 */
	static Object field(String label) {
		return object().put("label", label).put("type", "TEXT").put("required", false);
	}

	private static ApiClient admin() {
		return clients.apply("admin");
	}

}
