package org.civiclab.notification;

import java.util.EnumSet;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.civiclab.idea.IdeaEvent.Kind;
import org.civiclab.people.Organisation;
import org.civiclab.people.Person;
import org.civiclab.people.Role;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The mails in every language: each kind has its own subject and line, links to the idea
 * and to the settings, and nothing of a title reaches the HTML unescaped.
 */
class MailTextsTests {

	private final MailTexts texts = new MailTexts("https://civiclab.example.org/");

	@ParameterizedTest
	@ValueSource(strings = { "en", "sv", "da", "nl" })
	void everyKindHasItsOwnTextInEveryLanguage(String language) {
		Person reader = reader(language);
		List<Mail> mails = EnumSet.allOf(Kind.class)
			.stream()
			.map((kind) -> this.texts.single(reader, item(kind, "Benches <b>with</b> shade")))
			.toList();

		assertThat(mails).extracting(Mail::subject)
			.doesNotHaveDuplicates()
			.allMatch((subject) -> subject.contains("N-7"));
		assertThat(mails).extracting(Mail::text)
			.doesNotHaveDuplicates()
			.allMatch((text) -> text.contains("https://civiclab.example.org/ideas/7")
					&& text.contains("https://civiclab.example.org/settings/notifications"));
		assertThat(mails).extracting(Mail::html)
			.allMatch((html) -> html.contains("<html lang=\"" + language + "\">")
					&& html.contains("Benches &lt;b&gt;with&lt;/b&gt; shade") && !html.contains("<b>with"));
		if (!language.equals("en")) {
			Person english = reader("en");
			assertThat(mails.get(0).subject()).isNotEqualTo(
					this.texts.single(english, item(Kind.values()[0], "Benches <b>with</b> shade")).subject());
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "en", "sv", "da", "nl" })
	void aDigestListsItsItemsWithTheirCount(String language) {
		Mail digest = this.texts.digest(reader(language), Delivery.DAILY,
				List.of(item(Kind.COMMENT_ADDED, "One"), item(Kind.GATE_DECIDED, "Two")));

		assertThat(digest.subject()).contains("2");
		assertThat(digest.text()).contains("One").contains("Two");
		assertThat(digest.html()).contains("<li>");
	}

	private static MailTexts.Item item(Kind kind, String title) {
		return new MailTexts.Item(kind, 7L, "N-7", title, "Lena Holm");
	}

	private static Person reader(String language) {
		Organisation organisation = new Organisation("Norrvik municipality");
		Person person = new Person("anna", "-", "Anna Berg", organisation, "Social services",
				EnumSet.of(Role.INTRAPRENEUR));
		person.setLanguage(language);
		person.setEmail("anna@norrvik.example");
		return person;
	}

}
