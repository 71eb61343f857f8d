package org.civiclab.idea;

/**
 * A word searched for in ideas' texts, as a SQL {@code like} pattern: lower case,
 * anywhere in the text, its own {@code %} and {@code _} taken literally. The queries
 * compare it with {@code lower(column) like :q escape '!'}.
 */
public final class TextSearch {

	private TextSearch() {
	}

	public static String containsPattern(String text) {
		String word = text.strip().toLowerCase();
		return "%" + word.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
	}

}
