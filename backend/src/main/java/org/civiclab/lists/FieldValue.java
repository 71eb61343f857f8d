package org.civiclab.lists;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A value of a custom field as a form sends it: a number in plain notation, a date as
 * yyyy-mm-dd, a choice as one of the field's choices.
 */
public record FieldValue(@NotNull Long fieldId, @Size(max = 1000) String value) {
}
