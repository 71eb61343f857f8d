package org.civiclab.privacy;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MentionsTests {

	private final Mentions lena = new Mentions(new DataSubject(4L, "lena", "Lena Holm", "lena@norrvik.example", 1L));

	private final Pseudonym pseudonym = new Pseudonym("former-7f3a9c01", "Former colleague 7f3a9c01");

	@Test
	void aUsernameIsReplacedOnlyAsAWordAndANameAndAddressWhereverTheyAre() {
		assertThat(this.lena.replacedIn("anna, lena, omar", this.pseudonym))
			.isEqualTo("anna, Former colleague 7f3a9c01, omar");
		assertThat(this.lena.replacedIn("Ask LENA HOLM (lena@norrvik.example)", this.pseudonym))
			.isEqualTo("Ask Former colleague 7f3a9c01 (Former colleague 7f3a9c01)");
		assertThat(this.lena.in("Helena and Magdalena")).isFalse();
		assertThat(this.lena.in("lena-2 is someone else")).isFalse();
		assertThat(this.lena.replacedIn(null, this.pseudonym)).isNull();
	}

	@Test
	void aLikePatternEscapesWhatLikeWouldReadAsWildcards() {
		assertThat(Mentions.like("Anna_B%")).isEqualTo("%anna\\_b\\%%");
	}

}
