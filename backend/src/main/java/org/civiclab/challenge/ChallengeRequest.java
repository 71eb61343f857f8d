package org.civiclab.challenge;

import java.time.Instant;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.springframework.lang.Nullable;

/**
 * A challenge as its lab lead or executive writes it. {@code version} is the version
 * read, for an edit.
 *
 * @param affected who is affected by the problem
 * @param goodAnswer what a good answer would look like
 */
public record ChallengeRequest(@NotBlank @Size(max = 200) String title, @NotBlank @Size(max = 4000) String problem,
		@Nullable @Size(max = 2000) String affected, @Nullable @Size(max = 4000) String goodAnswer,
		@Nullable @Size(max = 10) List<@NotBlank @Size(max = 60) @Pattern(regexp = "[\\p{L}\\p{N} -]+",
				message = "{field.theme-characters}") String> themes,
		@NotNull Audience audience, @NotNull Instant opensAt, @NotNull Instant closesAt, @Nullable Long version) {

	public ChallengeRequest {
		themes = (themes != null) ? List.copyOf(themes) : List.of();
	}

}
