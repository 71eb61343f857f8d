package org.civiclab.idea;

import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;

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
		return "(" + full(alias, reader, parameters) + " or " + shared(alias, reader) + ")";
	}

	/**
	 * Ideas published to the reader ({@link IdeaPolicy#view}'s shared view): the public
	 * ones to anyone, also those shared with the region to a signed-in person.
	 */
	public static String shared(String alias, CurrentUser reader) {
		return reader.isAnonymous() ? published(alias) : publishedTo(alias, Sharing.REGION, Sharing.PUBLIC);
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
	 * Public ideas, published: everyone's to see in the shared view
	 * ({@link IdeaPolicy#isPublic}), the public portfolio and the open data.
	 */
	public static String published(String alias) {
		return publishedTo(alias, Sharing.PUBLIC);
	}

	private static String publishedTo(String alias, Sharing... levels) {
		String in = Arrays.stream(levels).map((level) -> "'" + level.name() + "'").collect(Collectors.joining(", "));
		return "(%1$s.sharing in (%2$s) and %1$s.screened_at is not null and %1$s.stage <> '%3$s')".formatted(alias, in,
				Stages.WITHDRAWN);
	}

}
