package org.civiclab.people;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;

/**
 * A one-time link for a person to set their password. Only the SHA-256 hash of its token
 * is kept: the link is shown once, to the admin who made it.
 */
@Entity
class Invitation {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(optional = false, fetch = FetchType.LAZY)
	private Person person;

	private String tokenHash;

	private Instant expiresAt;

	private Instant createdAt;

	protected Invitation() {
	}

	Invitation(Person person, String tokenHash, Instant createdAt, Instant expiresAt) {
		this.person = person;
		this.tokenHash = tokenHash;
		this.createdAt = createdAt;
		this.expiresAt = expiresAt;
	}

	Person getPerson() {
		return this.person;
	}

	Instant getExpiresAt() {
		return this.expiresAt;
	}

}
