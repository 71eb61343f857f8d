package org.civiclab.portfolio;

import java.util.Map;

import org.civiclab.people.CurrentUser;

/**
 * Which ideas a signed-in reader of the lessons library and the dashboard may see, as one
 * SQL predicate over the idea aliased {@code i}. Drafts are never among them. The
 * per-organisation access rules (an organisation's ideas are its own unless public) are
 * to be added here, in one place, for both.
 */
final class PortfolioVisibility {

	private PortfolioVisibility() {
	}

	/** A predicate on {@code i}; adds the parameters it names. */
	static String predicate(CurrentUser reader, Map<String, Object> parameters) {
		return "i.stage <> 'draft'";
	}

}
