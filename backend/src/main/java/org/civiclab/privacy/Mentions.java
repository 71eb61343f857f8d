package org.civiclab.privacy;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a person is named in text: their username as a word (a list of co-authors in the
 * audit trail), their display name and e-mail address anywhere, regardless of case.
 */
final class Mentions {

	private final Pattern pattern;

	Mentions(DataSubject subject) {
		// The longer texts first: "lena" is in "Lena Holm" and in "lena@norrvik.example",
		// which are replaced whole.
		StringBuilder alternatives = new StringBuilder();
		if (subject.email() != null && !subject.email().isBlank()) {
			alternatives.append(Pattern.quote(subject.email())).append('|');
		}
		alternatives.append(Pattern.quote(subject.displayName()))
			.append("|(?<![\\p{L}\\p{N}_.-])")
			.append(Pattern.quote(subject.username()))
			.append("(?![\\p{L}\\p{N}_-])");
		this.pattern = Pattern.compile(alternatives.toString(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
	}

	/** A LIKE pattern that finds every text that may name the person (and more). */
	static String like(String text) {
		return "%" + text.toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
	}

	boolean in(String text) {
		return text != null && this.pattern.matcher(text).find();
	}

	/** The text with every mention replaced by the pseudonym's name. */
	String replacedIn(String text, Pseudonym pseudonym) {
		return (text != null) ? this.pattern.matcher(text).replaceAll(Matcher.quoteReplacement(pseudonym.displayName()))
				: null;
	}

}
