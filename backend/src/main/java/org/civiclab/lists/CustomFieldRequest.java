package org.civiclab.lists;

import java.util.List;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A custom field as the admin writes it; {@code choices} only for a choice field, which
 * needs at least one.
 */
record CustomFieldRequest(@NotBlank @Size(max = 100) String label, @NotNull FieldType type,
		@JsonDeserialize(using = StrictBoolean.class) boolean required,
		@Size(max = 50) List<@NotBlank @Size(max = 100) String> choices, @Min(0) Integer position,
		@JsonDeserialize(using = StrictBoolean.class) boolean retired) {

	CustomFieldRequest {
		choices = (choices != null) ? choices : List.of();
	}

}
