package org.civiclab.api;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.civiclab.api.ApiDocument.Operation;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How {@link DocumentedProblemsIT} finds the operation a request reached and whether the
 * document lists the status it answered.
 */
class ApiDocumentTests {

	private static final String DOCUMENT = """
			{"openapi": "3.1.0", "paths": {
			  "/api/ideas/mine": {"get": {"operationId": "myIdeas", "responses": {"200": {}, "401": {}}}},
			  "/api/ideas/{id}": {
			    "parameters": [],
			    "get": {"operationId": "readIdea", "responses": {"200": {}, "404": {}}},
			    "put": {"operationId": "editIdea", "responses": {"200": {}, "4XX": {}}}},
			  "/api/ideas/{id}/submit": {"post": {"operationId": "submitIdea", "responses": {"default": {}}}}
			}}
			""";

	@TempDir
	Path folder;

	@Test
	void aRequestReachesTheOperationOfItsMethodWithTheMostSpecificPath() throws IOException {
		ApiDocument document = document();

		assertThat(document.operation("GET", "/api/ideas/mine")).map(Operation::id).hasValue("myIdeas");
		assertThat(document.operation("GET", "/api/ideas/not-a-number")).map(Operation::id).hasValue("readIdea");
		assertThat(document.operation("PUT", "/api/ideas/12")).map(Operation::id).hasValue("editIdea");
		assertThat(document.operation("DELETE", "/api/ideas/12")).isEmpty();
		assertThat(document.operation("GET", "/api/ideas/12/comments")).isEmpty();
	}

	@Test
	void aStatusIsListedByItselfByItsClassOrByTheDefault() throws IOException {
		ApiDocument document = document();
		Operation read = document.operation("GET", "/api/ideas/12").orElseThrow();
		Operation edit = document.operation("PUT", "/api/ideas/12").orElseThrow();
		Operation submit = document.operation("POST", "/api/ideas/12/submit").orElseThrow();

		assertThat(read.lists(404)).isTrue();
		assertThat(read.lists(401)).isFalse();
		assertThat(edit.lists(409)).isTrue();
		assertThat(submit.lists(403)).isTrue();
		assertThat(read).hasToString("GET /api/ideas/{id} (readIdea)");
	}

	private ApiDocument document() throws IOException {
		Path file = Files.writeString(this.folder.resolve("api.json"), DOCUMENT);
		return ApiDocument.read(file);
	}

}
