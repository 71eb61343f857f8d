package org.civiclab.federation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * Another installation whose public pilots the catalogue lists.
 *
 * @param url the installation's address (http or https), or its open data's
 * ({@code …/api/open/ideas})
 * @param name what the catalogue calls it, such as its region's name
 */
record FeedRequest(@NotBlank @Size(max = 500) String url, @NotBlank @Size(max = 200) String name) {
}
