package org.civiclab.catalogue;

import org.civiclab.idea.IdeaVisibility;
import org.civiclab.people.CurrentUser;

/**
 * Which pilots the catalogue lists to a reader, as a SQL condition over the {@code idea}
 * table aliased {@code i}: the rulebook's shared view ({@link IdeaVisibility#shared}),
 * those shared with the region or public and published (from their screening Go on, never
 * withdrawn), of every organisation, the reader's own included. Nothing for someone not
 * signed in: the public portfolio is theirs.
 */
final class Listed {

	private Listed() {
	}

	static String in(CurrentUser reader) {
		if (reader.isAnonymous()) {
			return "(1 = 0)";
		}
		return IdeaVisibility.shared("i", reader);
	}

}
