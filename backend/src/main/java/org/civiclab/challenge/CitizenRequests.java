package org.civiclab.challenge;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.civiclab.web.EmailAddresses;

import org.springframework.lang.Nullable;

/** What residents send on a public challenge, without an account. */
final class CitizenRequests {

	private CitizenRequests() {
	}

	/**
	 * A suggestion for a public challenge.
	 *
	 * @param name the name to show with it, if any
	 * @param email where the confirmation link is sent; never shown, exported or
	 * published
	 * @param credit whether an idea made of it may credit the resident by name
	 * @param language the language of the mails: en, sv, da or nl
	 * @param website leave empty: a field people do not see (a filled one is a robot's)
	 */
	record SuggestionRequest(@NotBlank @Size(max = 200) String title, @NotBlank @Size(max = 4000) String text,
			@Nullable @Size(max = 100) String name,
			@NotBlank @Email(regexp = EmailAddresses.AT_MOST_200, message = EmailAddresses.RULE) String email,
			boolean credit,
			@NotNull @Pattern(regexp = "en|sv|da|nl", message = "{field.citizen-language}") String language,
			@Nullable @Size(max = 200) String website) {
	}

	/**
	 * A support for a published suggestion.
	 *
	 * @param email where the confirmation link is sent; never shown, exported or
	 * published
	 * @param language the language of the mails: en, sv, da or nl
	 * @param website leave empty: a field people do not see (a filled one is a robot's)
	 */
	record SupportRequest(
			@NotBlank @Email(regexp = EmailAddresses.AT_MOST_200, message = EmailAddresses.RULE) String email,
			@NotNull @Pattern(regexp = "en|sv|da|nl", message = "{field.citizen-language}") String language,
			@Nullable @Size(max = 200) String website) {
	}

	/** The answer to a suggestion or a support: the resident confirms by mail. */
	record CheckYourMail(String status) {

		static final CheckYourMail CHECK_YOUR_MAIL = new CheckYourMail("CHECK_YOUR_MAIL");

	}

	/** What a confirmation link confirmed. */
	record AddressConfirmed(Citizens.TokenKind kind, Long challengeId) {
	}

	/** The answer to an erasure link. */
	record ResidentDataErased(String status) {

		static final ResidentDataErased ERASED = new ResidentDataErased("ERASED");

	}

}
