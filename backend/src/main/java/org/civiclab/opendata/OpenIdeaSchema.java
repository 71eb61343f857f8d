package org.civiclab.opendata;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;

import org.civiclab.web.SpreadsheetCsv;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The published JSON Schema of the open data, and the CSV written from it: one row per
 * idea, a column per property of an idea in the schema's order, arrays and objects as
 * JSON text in their cell. The schema is the one source of the columns.
 */
@Component
class OpenIdeaSchema {

	static final String PATH = "/api/open/schema/ideas.json";

	private final ObjectMapper json;

	/** Writes a cell's JSON with its numbers as written: 40, not 4E+1. */
	private final ObjectWriter cells;

	private final String text;

	private final List<String> columns;

	OpenIdeaSchema(ObjectMapper json) {
		this.json = json;
		this.cells = json.writer().with(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN);
		try (InputStream in = new ClassPathResource("opendata/ideas.schema.json").getInputStream()) {
			this.text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
			List<String> names = new ArrayList<>();
			json.readTree(this.text)
				.path("$defs")
				.path("idea")
				.path("properties")
				.fieldNames()
				.forEachRemaining(names::add);
			this.columns = List.copyOf(names);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the open data's schema", ex);
		}
	}

	String text() {
		return this.text;
	}

	String csv(List<OpenIdea> ideas) {
		List<List<?>> rows = new ArrayList<>();
		rows.add(this.columns);
		for (OpenIdea idea : ideas) {
			JsonNode record = this.json.valueToTree(idea);
			rows.add(this.columns.stream().map((column) -> cell(record.get(column))).toList());
		}
		return SpreadsheetCsv.write(rows);
	}

	private Object cell(JsonNode value) {
		if (value == null || value.isNull()) {
			return "";
		}
		if (value.isBigDecimal()) {
			return value.decimalValue().toPlainString();
		}
		if (value.isNumber()) {
			return value.numberValue();
		}
		if (!value.isContainerNode()) {
			return value.asText();
		}
		try {
			return this.cells.writeValueAsString(value);
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException("Cannot write a cell", ex);
		}
	}

}
