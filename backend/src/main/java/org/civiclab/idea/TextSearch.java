package org.civiclab.idea;

/**
 * A word searched for in ideas' texts, as a SQL {@code like} pattern: lower case,
 * anywhere in the text, its own {@code %} and {@code _} taken literally. The queries
 * compare it with {@code lower(column) like :q escape '!'}. A value picked from a list (a
 * department, a theme) is compared whole, regardless of case:
 * {@code lower(column) = :value} with {@link #sameAs}.
 */
public final class TextSearch {

	private TextSearch() {
	}

	/** A picked value as the filters compare it with {@code lower(column)}. */
	public static String sameAs(String value) {
		return value.strip().toLowerCase(java.util.Locale.ROOT);
	}

	public static String containsPattern(String text) {
		String word = text.strip().toLowerCase();
		return "%" + word.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
	}

}
