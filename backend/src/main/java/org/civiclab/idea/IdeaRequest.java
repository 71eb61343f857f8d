package org.civiclab.idea;

import java.math.BigDecimal;
import java.util.List;

import jakarta.validation.Valid;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.civiclab.lists.FieldValue;

import org.springframework.lang.Nullable;

/**
 * An idea as its author writes it. {@code version} is the version the author read, for an
 * edit. The department and themes are picked from the organisation's lists
 * ({@link org.civiclab.lists.ManagedLists}); {@code fields} are the values of its custom
 * fields ({@link org.civiclab.lists.CustomFields}), none if omitted. {@code challengeId}
 * names the challenge a new idea answers (it is then challenge-driven); an edit keeps the
 * challenge it answers.
 */
public record IdeaRequest(@NotBlank @Size(max = 200) String title, @NotBlank @Size(max = 4000) String problem,
		@NotBlank @Size(max = 4000) String proposal, @Size(max = 1000) String beneficiaries,
		@Size(max = 200) String department, @NotNull EntryRoute entryRoute,
		@NotNull @Size(max = 10) List<@NotBlank @Size(max = 60) @Pattern(regexp = "[\\p{L}\\p{N} -]+",
				message = "{field.theme-characters}") String> themes,
		@DecimalMin("0") @Digits(integer = 12, fraction = 2) BigDecimal estimatedCost, boolean publicIdea, Long version,
		@Size(max = 50) List<@Valid @NotNull FieldValue> fields, @Nullable Long challengeId) {

	public IdeaRequest {
		fields = (fields != null) ? fields : List.of();
	}

	/** An idea that answers no challenge. */
	public IdeaRequest(String title, String problem, String proposal, String beneficiaries, String department,
			EntryRoute entryRoute, List<String> themes, BigDecimal estimatedCost, boolean publicIdea, Long version,
			List<FieldValue> fields) {
		this(title, problem, proposal, beneficiaries, department, entryRoute, themes, estimatedCost, publicIdea,
				version, fields, null);
	}

}
