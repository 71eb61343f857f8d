package org.civiclab.people;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.civiclab.audit.AuditLog;
import org.civiclab.web.Problems;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A person's access tokens for scripts and integrations (docs/adr/0024): made with a
 * name, a scope and an expiry of at most a year, shown once, stored as a SHA-256 hash,
 * revoked by their person. A request that carries one is authenticated by one lookup of
 * that hash. Making and revoking one is audited: who, which token (its id, name and
 * scope), never the secret.
 */
@Service
class AccessTokens {

	/** What every token begins with: tells a token from any other bearer credential. */
	static final String PREFIX = "clt_";

	/** The longest a token may live: a year from today. */
	static final int MAXIMUM_DAYS = 366;

	/** The audit's actions for a token made and revoked. */
	static final String CREATED = "ACCESS_TOKEN_CREATED";

	static final String REVOKED = "ACCESS_TOKEN_REVOKED";

	private final AccessTokenRepository tokens;

	private final PersonRepository people;

	private final AuditLog audit;

	private final Clock clock;

	@Autowired
	AccessTokens(AccessTokenRepository tokens, PersonRepository people, AuditLog audit) {
		this(tokens, people, audit, Clock.systemUTC());
	}

	AccessTokens(AccessTokenRepository tokens, PersonRepository people, AuditLog audit, Clock clock) {
		this.tokens = tokens;
		this.people = people;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * Who a request with this token acts as, and what it may do.
	 *
	 * @param username the token's person
	 * @param roles their roles now
	 * @param scope the token's scope
	 */
	record Bearer(String username, Set<Role> roles, AccessTokenScope scope) {
	}

	/** Makes a token; the secret is in the answer and nowhere else. */
	@Transactional
	AccessTokenViews.CreatedAccessToken create(CurrentUser user, String name, AccessTokenScope scope,
			LocalDate expiresOn) {
		if (scope == AccessTokenScope.SCIM && !Administration.administers(user, user.organisationId())) {
			throw Problems.forbidden("token.scim-admin-only");
		}
		LocalDate today = LocalDate.now(this.clock.withZone(ZoneOffset.UTC));
		if (!expiresOn.isAfter(today)) {
			throw Problems.invalid("expiresOn", "token.expires-after-today");
		}
		if (expiresOn.isAfter(today.plusDays(MAXIMUM_DAYS))) {
			throw Problems.invalid("expiresOn", "token.expires-within-year");
		}
		Person person = this.people.getReferenceById(user.id());
		String secret = newSecret();
		// Valid through the day it expires on, in UTC.
		Instant expiresAt = expiresOn.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
		AccessToken token = this.tokens
			.save(new AccessToken(person, name.strip(), hash(secret), scope, this.clock.instant(), expiresAt));
		this.audit.record(user.username(), CREATED, "access_token", token.getId(), null, described(token));
		return new AccessTokenViews.CreatedAccessToken(secret, AccessTokenViews.AccessTokenView.of(token));
	}

	/** The person's tokens that are not revoked (expired ones too), newest first. */
	@Transactional(readOnly = true)
	List<AccessTokenViews.AccessTokenView> of(CurrentUser user) {
		return this.tokens.findUnrevokedOf(user.id()).stream().map(AccessTokenViews.AccessTokenView::of).toList();
	}

	/** Revokes one of the person's tokens; another's answers as if it did not exist. */
	@Transactional
	void revoke(CurrentUser user, Long tokenId) {
		AccessToken token = this.tokens.findOf(tokenId, user.id())
			.filter((found) -> found.getRevokedAt() == null)
			.orElseThrow(() -> Problems.notFound("token.not-found", tokenId));
		token.revoke(this.clock.instant());
		this.audit.record(user.username(), REVOKED, "access_token", token.getId(), null, described(token));
	}

	/**
	 * What the audit says of a token: its name and scope (the secret is known to nobody
	 * here).
	 */
	private static String described(AccessToken token) {
		return token.getName() + " (" + token.getScope() + ")";
	}

	/**
	 * Who a request carrying this token acts as: none if the token is unknown, revoked or
	 * expired, or its person deactivated. Records the use at most once a minute.
	 */
	@Transactional
	Optional<Bearer> authenticate(String secret) {
		Instant now = this.clock.instant();
		Optional<AccessToken> found = this.tokens.findByTokenHash(hash(secret)).filter((token) -> token.isValidAt(now));
		found.filter((token) -> token.lastUseIsStaleAt(now))
			.ifPresent(
					(token) -> this.tokens.recordUse(token.getId(), now, now.minus(AccessToken.LAST_USED_PRECISION)));
		return found.map(
				(token) -> new Bearer(token.getPerson().getUsername(), token.getPerson().getRoles(), token.getScope()));
	}

	/** {@link #PREFIX} and 32 random bytes, base64url: 256 bits no one can guess. */
	static String newSecret() {
		return PREFIX + Secrets.randomToken();
	}

	/**
	 * SHA-256 of the token, in hex. A fast hash suffices for a random secret of 256 bits
	 * (docs/adr/0024): there is no dictionary to try.
	 */
	static String hash(String secret) {
		return Secrets.sha256Hex(secret);
	}

}
