package org.civiclab.notification;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import org.civiclab.idea.IdeaEvent.Kind;
import org.civiclab.people.Person;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * Writes the notification mails, each in its recipient's language
 * ({@code notifications/mails*.properties}): plain text and HTML, with a link to the idea
 * and one to the recipient's notification settings.
 */
@Component
class MailTexts {

	/** One thing to tell: what happened to which idea, and who did it. */
	record Item(Kind kind, Long ideaId, String reference, String title, String actor) {
	}

	private final ResourceBundleMessageSource messages = new ResourceBundleMessageSource();

	private final String publicUrl;

	MailTexts(@Value("${civiclab.public-url}") String publicUrl) {
		this.messages.setBasename("notifications/mails");
		this.messages.setDefaultEncoding(StandardCharsets.UTF_8.name());
		this.messages.setFallbackToSystemLocale(false);
		this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
	}

	/** A mail of one item, sent at once. */
	Mail single(Person to, Item item) {
		Locale locale = Locale.forLanguageTag(to.getMailLanguage());
		String subject = text(locale, "subject." + item.kind(), item);
		String line = text(locale, "line." + item.kind(), item);
		String open = message(locale, "open", ideaUrl(item));
		String text = line + "\n\n" + open + "\n\n-- \n" + footer(locale);
		String html = "<p>" + HtmlUtils.htmlEscape(line) + "</p>\n<p><a href=\"" + HtmlUtils.htmlEscape(ideaUrl(item))
				+ "\">" + HtmlUtils.htmlEscape(message(locale, "openLink")) + "</a></p>\n" + htmlFooter(locale);
		return new Mail(to.getId(), to.getEmail(), subject, text, page(locale, html));
	}

	/** A digest of the day's or the week's items. */
	Mail digest(Person to, Delivery period, List<Item> items) {
		Locale locale = Locale.forLanguageTag(to.getMailLanguage());
		String subject = message(locale, "digest.subject." + period, items.size());
		StringBuilder text = new StringBuilder(message(locale, "digest.intro." + period)).append("\n\n");
		StringBuilder html = new StringBuilder("<p>")
			.append(HtmlUtils.htmlEscape(message(locale, "digest.intro." + period)))
			.append("</p>\n<ul>\n");
		for (Item item : items) {
			String line = text(locale, "line." + item.kind(), item);
			text.append("- ").append(line).append("\n  ").append(ideaUrl(item)).append('\n');
			html.append("<li><a href=\"")
				.append(HtmlUtils.htmlEscape(ideaUrl(item)))
				.append("\">")
				.append(HtmlUtils.htmlEscape(line))
				.append("</a></li>\n");
		}
		text.append("\n-- \n").append(footer(locale));
		html.append("</ul>\n").append(htmlFooter(locale));
		return new Mail(to.getId(), to.getEmail(), subject, text.toString(), page(locale, html.toString()));
	}

	private String text(Locale locale, String key, Item item) {
		String actor = (item.actor() != null) ? item.actor() : "CivicLab";
		return message(locale, key, item.reference(), item.title(), actor);
	}

	private String footer(Locale locale) {
		return message(locale, "footer", settingsUrl());
	}

	private String htmlFooter(Locale locale) {
		return "<hr>\n<p style=\"font-size:small\">" + HtmlUtils.htmlEscape(message(locale, "footerHtml"))
				+ " <a href=\"" + HtmlUtils.htmlEscape(settingsUrl()) + "\">"
				+ HtmlUtils.htmlEscape(message(locale, "settingsLink")) + "</a></p>";
	}

	private static String page(Locale locale, String body) {
		return "<!DOCTYPE html>\n<html lang=\"" + locale.toLanguageTag() + "\">\n<head><meta charset=\"utf-8\">"
				+ "<title>CivicLab</title></head>\n<body>\n" + body + "\n</body>\n</html>\n";
	}

	private String ideaUrl(Item item) {
		return this.publicUrl + "/ideas/" + item.ideaId();
	}

	private String settingsUrl() {
		return this.publicUrl + "/settings/notifications";
	}

	private String message(Locale locale, String key, Object... arguments) {
		return this.messages.getMessage(key, arguments, locale);
	}

}
