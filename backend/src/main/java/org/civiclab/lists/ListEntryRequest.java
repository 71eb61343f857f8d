package org.civiclab.lists;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * An entry as the admin writes it: its name, where it stands (optional) and whether it is
 * retired.
 */
record ListEntryRequest(
		@NotBlank @Size(max = 200) @Pattern(regexp = "[^<>]+", message = "{field.no-angle-brackets}") String name,
		@Min(0) Integer position, @JsonDeserialize(using = StrictBoolean.class) boolean retired) {
}
