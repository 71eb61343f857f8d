package org.civiclab.board;

import jakarta.validation.constraints.Size;

/**
 * What the board shows: every filter is optional and they combine.
 *
 * @param organisation an organisation's id
 * @param department a department's name
 * @param theme a theme
 * @param owner the submitter's username, or a part of their name (regardless of case)
 * @param q free text in the reference, title or proposal
 * @param field a custom field's id, with {@code fieldValue}
 * @param fieldValue the value the custom field holds (whole, regardless of case)
 */
record BoardFilter(Long organisation, @Size(max = 200) String department, @Size(max = 60) String theme,
		@Size(max = 100) String owner, @Size(max = 200) String q, Long field, @Size(max = 1000) String fieldValue) {
}
