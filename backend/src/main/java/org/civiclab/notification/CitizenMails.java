package org.civiclab.notification;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.util.HtmlUtils;

/**
 * The mails to residents who suggest or support on a public challenge
 * ({@code notifications/citizens*.properties}), in their language, through the outbox.
 * Every one carries the link that erases their data (docs/adr/0040-challenges.md). The
 * address is used only as the recipient: it is in no text.
 */
@Component
public class CitizenMails {

	/**
	 * What to tell a resident. Its texts are {@code subject.<kind>} and
	 * {@code line.<kind>}, given the arguments.
	 */
	public enum Kind {

		/** Confirm the address to send a suggestion: {0} its title, {1} the challenge. */
		CONFIRM_SUGGESTION,
		/**
		 * Confirm the address to support a suggestion: {0} its title, {1} the challenge.
		 */
		CONFIRM_SUPPORT,
		/**
		 * The suggestion was not published: {0} its title, {1} the challenge, {2} why.
		 */
		REJECTED,
		/**
		 * The idea made of the suggestion passed screening: {0} its title, {1} the idea's
		 * reference, {2} the idea's title.
		 */
		SCREENING_PASSED

	}

	private final ResourceBundleMessageSource messages = new ResourceBundleMessageSource();

	private final MailOutbox outbox;

	private final JdbcTemplate jdbc;

	private final String publicUrl;

	CitizenMails(MailOutbox outbox, JdbcTemplate jdbc, @Value("${civiclab.public-url}") String publicUrl) {
		this.outbox = outbox;
		this.jdbc = jdbc;
		this.messages.setBasename("notifications/citizens");
		this.messages.setDefaultEncoding(StandardCharsets.UTF_8.name());
		this.messages.setFallbackToSystemLocale(false);
		this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
	}

	/**
	 * Queues a mail to a resident, with the confirmation link if {@code confirmToken} is
	 * given and always the erasure link.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void send(String address, String language, Kind kind, String confirmToken, String eraseToken,
			Object... arguments) {
		Locale locale = Locale.forLanguageTag(language);
		String subject = message(locale, "subject." + kind, arguments);
		String line = message(locale, "line." + kind, arguments);
		String eraseUrl = this.publicUrl + "/public/erase/" + eraseToken;
		StringBuilder text = new StringBuilder(line).append("\n\n");
		StringBuilder html = new StringBuilder("<p>").append(HtmlUtils.htmlEscape(line)).append("</p>\n");
		if (confirmToken != null) {
			String confirmUrl = this.publicUrl + "/public/confirm/" + confirmToken;
			text.append(message(locale, "confirm", confirmUrl)).append("\n\n");
			html.append("<p><a href=\"")
				.append(HtmlUtils.htmlEscape(confirmUrl))
				.append("\">")
				.append(HtmlUtils.htmlEscape(message(locale, "confirmLink")))
				.append("</a></p>\n<p>")
				.append(HtmlUtils.htmlEscape(message(locale, "notYou")))
				.append("</p>\n");
			text.append(message(locale, "notYou")).append("\n\n");
		}
		text.append("-- \n").append(message(locale, "erase", eraseUrl));
		html.append("<hr>\n<p style=\"font-size:small\">")
			.append(HtmlUtils.htmlEscape(message(locale, "eraseIntro")))
			.append(" <a href=\"")
			.append(HtmlUtils.htmlEscape(eraseUrl))
			.append("\">")
			.append(HtmlUtils.htmlEscape(message(locale, "eraseLink")))
			.append("</a></p>");
		String page = "<!DOCTYPE html>\n<html lang=\"" + locale.toLanguageTag()
				+ "\">\n<head><meta charset=\"utf-8\"><title>CivicLab</title></head>\n<body>\n" + html
				+ "\n</body>\n</html>\n";
		this.outbox.queue(new Mail(null, address, subject, text.toString(), page));
	}

	/**
	 * Forgets every mail to this address, sent or not: its resident erased their data.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void forget(String address) {
		this.jdbc.update("delete from outgoing_mail where person_id is null and lower(recipient) = ?",
				address.toLowerCase(Locale.ROOT));
	}

	private String message(Locale locale, String key, Object... arguments) {
		return this.messages.getMessage(key, arguments, locale);
	}

}
