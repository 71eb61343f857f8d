package org.civiclab.portfolio;

import java.util.Map;

import org.civiclab.people.CurrentUser;

/**
 * Which ideas a signed-in reader of the lessons library and the dashboard may see, as one
 * SQL predicate over the idea aliased {@code i}: the reader's organisation's ideas and
 * other organisations' public ones (docs/adr/0014, as on the board), never drafts.
 */
final class PortfolioVisibility {

	private PortfolioVisibility() {
	}

	/** A predicate on {@code i}; adds the parameters it names. */
	static String predicate(CurrentUser reader, Map<String, Object> parameters) {
		parameters.put("readerOrganisation", reader.organisationId());
		return "i.stage <> 'draft' and (i.public_idea = true or i.organisation_id = :readerOrganisation)";
	}

}
