package org.civiclab.web;

/**
 * The one rule for an e-mail address in a request, wherever people give one (a person the
 * admin adds, a resident on a public challenge): well formed ({@code @Email}) and at most
 * 200 characters, said in one message. Use as
 * {@code @Email(regexp = EmailAddresses.AT_MOST_200, message = EmailAddresses.RULE)}.
 */
public final class EmailAddresses {

	/** At most 200 characters (the columns hold twice that, V8's rule). */
	public static final String AT_MOST_200 = "(?s).{0,200}";

	/**
	 * "Must be an e-mail address of at most 200 characters", in the reader's language.
	 */
	public static final String RULE = "{field.email-rule}";

	private EmailAddresses() {
	}

}
