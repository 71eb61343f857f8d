package org.civiclab.idea;

import java.util.Map;

import org.civiclab.people.CurrentUser;

/**
 * The visibility rule of {@link IdeaPolicy#view}, as SQL predicates over the {@code idea}
 * table, for the read models (the board, the lessons, the dashboard, the public
 * portfolio). One spelling of the rule: {@code IdeaVisibilityTests} checks it against the
 * policy for every kind of idea and reader.
 */
public final class IdeaVisibility {

	private IdeaVisibility() {
	}

	/** Ideas of which the reader gets either view. */
	public static String visible(String alias, CurrentUser reader, Map<String, Object> parameters) {
		return "(" + full(alias, reader, parameters) + " or " + published(alias) + ")";
	}

	/**
	 * Ideas the reader sees in full: their organisation's submitted ideas and the drafts
	 * they wrote or co-wrote.
	 */
	public static String full(String alias, CurrentUser reader, Map<String, Object> parameters) {
		if (reader.isAnonymous()) {
			return "(1 = 0)";
		}
		parameters.put("readerId", reader.id());
		parameters.put("readerOrganisation", reader.organisationId());
		return """
				((%1$s.submitted_at is not null and %1$s.organisation_id = :readerOrganisation)
				 or (%1$s.submitted_at is null and (%1$s.submitter_id = :readerId or exists (select 1 from idea_co_author ca
				     where ca.idea_id = %1$s.id and ca.person_id = :readerId))))"""
			.formatted(alias);
	}

	/**
	 * Published ideas: everyone's to see in the shared view
	 * ({@link IdeaPolicy#isPublished}).
	 */
	public static String published(String alias) {
		return "(%1$s.public_idea = true and %1$s.screened_at is not null and %1$s.stage <> '%2$s')".formatted(alias,
				Stages.WITHDRAWN);
	}

}
