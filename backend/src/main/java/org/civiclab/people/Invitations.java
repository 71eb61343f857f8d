package org.civiclab.people;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;

import org.civiclab.web.Problems;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * One-time links to set a password: a random token, shown once; only its SHA-256 hash is
 * stored, it expires after {@link #VALID_FOR}, and a new link for a person replaces the
 * old one. Setting the password uses it up.
 */
@Service
class Invitations {

	static final Duration VALID_FOR = Duration.ofDays(7);

	/** The shortest password taken. */
	static final int MIN_PASSWORD_LENGTH = 12;

	/** BCrypt reads no further than this. */
	static final int MAX_PASSWORD_BYTES = 72;

	/** A link's token and when it stops working. */
	record Issued(String token, Instant expiresAt) {
	}

	/** Whom an invitation is for, as its page greets them. */
	record Invited(String username, String displayName, String organisation) {
	}

	private final InvitationRepository invitations;

	private final PasswordEncoder passwords;

	private final Clock clock = Clock.systemUTC();

	Invitations(InvitationRepository invitations, PasswordEncoder passwords) {
		this.invitations = invitations;
		this.passwords = passwords;
	}

	/** A new link for this person, replacing any they had. */
	@Transactional
	Issued issue(Person person) {
		String token = Secrets.randomToken();
		Instant now = this.clock.instant();
		this.invitations.deleteByPerson(person.getId());
		Invitation invitation = this.invitations.save(new Invitation(person, hash(token), now, now.plus(VALID_FOR)));
		return new Issued(token, invitation.getExpiresAt());
	}

	/** Whom this link is for; 404 if it is unknown, used or expired. */
	@Transactional(readOnly = true)
	Invited find(String token) {
		Person person = valid(token).getPerson();
		return new Invited(person.getUsername(), person.getDisplayName(), person.getOrganisation().getName());
	}

	/** Sets the person's password and uses the link up; 404 if it is no longer good. */
	@Transactional
	void accept(String token, String password) {
		Person person = valid(token).getPerson();
		if (password == null || password.codePointCount(0, password.length()) < MIN_PASSWORD_LENGTH) {
			throw Problems.invalid("password", "invitation.password-too-short", MIN_PASSWORD_LENGTH);
		}
		if (password.getBytes(StandardCharsets.UTF_8).length > MAX_PASSWORD_BYTES) {
			throw Problems.invalid("password", "invitation.password-too-long", MAX_PASSWORD_BYTES);
		}
		if (this.invitations.consume(hash(token), this.clock.instant()) != 1) {
			throw notFound();
		}
		person.setPasswordHash(this.passwords.encode(password));
	}

	/** Whether the person has a link that still works. */
	@Transactional(readOnly = true)
	boolean isPending(Person person) {
		return this.invitations.existsValidFor(person.getId(), this.clock.instant());
	}

	/** The people who have a link that still works. */
	@Transactional(readOnly = true)
	Set<Long> pending() {
		return this.invitations.invitedPeople(this.clock.instant());
	}

	/** Voids the person's link, if they have one. */
	@Transactional
	void revoke(Person person) {
		this.invitations.deleteByPerson(person.getId());
	}

	private Invitation valid(String token) {
		return this.invitations.findValid(hash(token), this.clock.instant()).orElseThrow(Invitations::notFound);
	}

	private static RuntimeException notFound() {
		return Problems.notFound("invitation.unknown");
	}

	static String hash(String token) {
		return Secrets.sha256Hex(token);
	}

}
