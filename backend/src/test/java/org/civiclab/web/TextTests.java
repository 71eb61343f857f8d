package org.civiclab.web;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What counts as a character, as blank and as broken text (docs/adr/0014), one row per
 * case.
 */
class TextTests {

	@ParameterizedTest(name = "{0}: {1} characters, blank {2}, lone surrogate {3}")
	@CsvSource(delimiter = '|', textBlock = """
			plain ASCII                     | 5 | false | false
			ä and ö                         | 2 | false | false
			two emoji                       | 2 | false | false
			zero-width spaces               | 3 | true  | false
			no-break and ideographic spaces | 2 | true  | false
			joiner, byte order mark         | 3 | true  | false
			Hangul fillers                  | 2 | true  | false
			blank Braille                   | 1 | true  | false
			variation selector and tab      | 2 | true  | false
			a word between invisibles       | 6 | false | false
			high surrogate alone            | 2 | false | true
			low surrogate alone             | 1 | false | true
			pair reversed                   | 2 | false | true
			""")
	void charactersBlanksAndBrokenText(String name, int length, boolean blank, boolean loneSurrogate) {
		String text = SAMPLES.get(name);

		assertThat(Text.length(text)).as("length").isEqualTo(length);
		assertThat(Text.isBlank(text)).as("blank").isEqualTo(blank);
		assertThat(Text.hasLoneSurrogate(text)).as("lone surrogate").isEqualTo(loneSurrogate);
	}

	static final java.util.Map<String, String> SAMPLES = java.util.Map.ofEntries(
			java.util.Map.entry("plain ASCII", "Parks"), java.util.Map.entry("ä and ö", "äö"),
			java.util.Map.entry("two emoji", "\uD83C\uDF33\uD83D\uDEB2"),
			java.util.Map.entry("zero-width spaces", "\u200B\u200B\u200B"),
			java.util.Map.entry("no-break and ideographic spaces", "\u00A0\u3000"),
			java.util.Map.entry("joiner, byte order mark", "\u200D\uFEFF\u2060"),
			java.util.Map.entry("Hangul fillers", "\u3164\u115F"), java.util.Map.entry("blank Braille", "\u2800"),
			java.util.Map.entry("variation selector and tab", "\uFE0F\t"),
			java.util.Map.entry("a word between invisibles", "\u200Bbike\u200B"),
			java.util.Map.entry("high surrogate alone", "a\uD83C"),
			java.util.Map.entry("low surrogate alone", "\uDF33"), java.util.Map.entry("pair reversed", "\uDF33\uD83C"));

}
