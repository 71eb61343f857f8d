package org.civiclab.web;

/**
 * What CivicLab counts as text (docs/adr/0014): characters are Unicode code points, so an
 * emoji is one character, not two UTF-16 units; half of a surrogate pair is no character;
 * and a text is blank when nothing in it is visible — spaces of every kind, control and
 * format characters (zero-width spaces and joiners, the byte order mark, soft hyphens),
 * variation selectors and the fillers that render as nothing.
 */
public final class Text {

	private Text() {
	}

	/** The number of characters (code points). */
	public static int length(String text) {
		return text.codePointCount(0, text.length());
	}

	/** Whether nothing in the text is visible. */
	public static boolean isBlank(String text) {
		return text.codePoints().allMatch(Text::isInvisible);
	}

	/** Whether the text holds half of a surrogate pair, which encodes no character. */
	public static boolean hasLoneSurrogate(String text) {
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
				i++;
			}
			else if (Character.isSurrogate(c)) {
				return true;
			}
		}
		return false;
	}

	static boolean isInvisible(int codePoint) {
		int type = Character.getType(codePoint);
		return Character.isWhitespace(codePoint) || Character.isSpaceChar(codePoint) || type == Character.FORMAT
				|| type == Character.CONTROL || isVariationSelector(codePoint) || isFiller(codePoint);
	}

	private static boolean isVariationSelector(int codePoint) {
		return (codePoint >= 0xFE00 && codePoint <= 0xFE0F) || (codePoint >= 0xE0100 && codePoint <= 0xE01EF)
				|| (codePoint >= 0x180B && codePoint <= 0x180F);
	}

	/**
	 * Letters and symbols that render as nothing: the combining grapheme joiner, the
	 * Hangul fillers, the Khmer inherent vowels and the blank Braille pattern.
	 */
	private static boolean isFiller(int codePoint) {
		return switch (codePoint) {
			case 0x034F, 0x115F, 0x1160, 0x3164, 0xFFA0, 0x17B4, 0x17B5, 0x2800 -> true;
			default -> false;
		};
	}

}
