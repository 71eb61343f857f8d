package org.civiclab.people;

import java.time.Duration;
import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;

/**
 * A personal access token as stored: its name, scope, expiry and the SHA-256 hash of the
 * secret, never the secret itself (docs/adr/0024).
 */
@Entity
class AccessToken {

	/** How stale the recorded last use may be: it is written at most once a minute. */
	static final Duration LAST_USED_PRECISION = Duration.ofMinutes(1);

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(optional = false, fetch = FetchType.LAZY)
	private Person person;

	private String name;

	private String tokenHash;

	@Enumerated(EnumType.STRING)
	private AccessTokenScope scope;

	private Instant createdAt;

	private Instant expiresAt;

	private Instant lastUsedAt;

	private Instant revokedAt;

	protected AccessToken() {
	}

	AccessToken(Person person, String name, String tokenHash, AccessTokenScope scope, Instant createdAt,
			Instant expiresAt) {
		this.person = person;
		this.name = name;
		this.tokenHash = tokenHash;
		this.scope = scope;
		this.createdAt = createdAt;
		this.expiresAt = expiresAt;
	}

	/**
	 * Whether a request may be authenticated with it now: not revoked, not expired, and
	 * its person not deactivated.
	 */
	boolean isValidAt(Instant now) {
		return this.revokedAt == null && now.isBefore(this.expiresAt) && this.person.isActive();
	}

	/** Whether the last use recorded is older than {@link #LAST_USED_PRECISION}. */
	boolean lastUseIsStaleAt(Instant now) {
		return this.lastUsedAt == null || this.lastUsedAt.plus(LAST_USED_PRECISION).isBefore(now);
	}

	void revoke(Instant now) {
		if (this.revokedAt == null) {
			this.revokedAt = now;
		}
	}

	Long getId() {
		return this.id;
	}

	Person getPerson() {
		return this.person;
	}

	String getName() {
		return this.name;
	}

	AccessTokenScope getScope() {
		return this.scope;
	}

	Instant getCreatedAt() {
		return this.createdAt;
	}

	Instant getExpiresAt() {
		return this.expiresAt;
	}

	Instant getLastUsedAt() {
		return this.lastUsedAt;
	}

	Instant getRevokedAt() {
		return this.revokedAt;
	}

}
