package org.civiclab.lists;

import java.util.List;

import jakarta.validation.constraints.NotNull;

/**
 * A custom field as the submission form renders it and the server checks it.
 *
 * @param choices the choices of a {@link FieldType#CHOICE} field, in order; empty
 * otherwise
 */
public record FieldSpec(@NotNull Long id, @NotNull String label, @NotNull FieldType type, boolean required,
		@NotNull List<String> choices) {

	/** How the API names the field in a problem: {@code fields.<id>}. */
	public String apiName() {
		return "fields." + this.id;
	}

}
