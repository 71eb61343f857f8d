package org.civiclab.challenge;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.BodyPart;
import jakarta.mail.Message.RecipientType;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;

import org.civiclab.TestMailServer;

import static org.awaitility.Awaitility.await;

/** The mails a resident received in the test's mail server, and the links in them. */
record CitizenMailbox(TestMailServer server, String address) {

	private static final Pattern CONFIRM = Pattern.compile("/public/confirm/([A-Za-z0-9_-]+)");

	private static final Pattern ERASE = Pattern.compile("/public/erase/([A-Za-z0-9_-]+)");

	/** A received mail: its subject and plain text. */
	record Received(String subject, String text) {

		String confirmToken() {
			return first(CONFIRM, this.text);
		}

		String erasureToken() {
			return first(ERASE, this.text);
		}

	}

	List<Received> mails() {
		List<Received> found = new ArrayList<>();
		for (MimeMessage message : this.server.received()) {
			try {
				if (message.getRecipients(RecipientType.TO)[0].toString().equalsIgnoreCase(this.address)) {
					found.add(new Received(message.getSubject(), text(message)));
				}
			}
			catch (MessagingException | IOException ex) {
				throw new AssertionError(ex);
			}
		}
		return found;
	}

	/** Waits for the resident's n-th mail (counting from 1) and answers it. */
	Received mail(int count) {
		await("mail " + count + " to " + this.address).atMost(Duration.ofSeconds(30))
			.pollInterval(Duration.ofMillis(200))
			.until(() -> mails().size() >= count);
		return mails().get(count - 1);
	}

	private static String text(Part part) throws MessagingException, IOException {
		if (part.isMimeType("text/plain")) {
			return (String) part.getContent();
		}
		if (part.getContent() instanceof Multipart multipart) {
			for (int i = 0; i < multipart.getCount(); i++) {
				BodyPart child = multipart.getBodyPart(i);
				String text = text(child);
				if (text != null) {
					return text;
				}
			}
		}
		return null;
	}

	private static String first(Pattern pattern, String text) {
		Matcher matcher = pattern.matcher(text);
		if (!matcher.find()) {
			throw new AssertionError("No " + pattern + " in " + text);
		}
		return matcher.group(1);
	}

}
