package org.civiclab.scim;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapsId;
import jakarta.persistence.OneToOne;

import org.civiclab.people.Person;

/**
 * A person a directory made through SCIM: what SCIM knows of them that the person does
 * not hold, and whether the directory deleted them (they stay, deactivated, with their
 * history).
 */
@Entity
class ScimUser {

	@Id
	private Long personId;

	@MapsId
	@OneToOne(optional = false, fetch = FetchType.LAZY)
	@JoinColumn(name = "person_id")
	private Person person;

	private String externalId;

	private String givenName;

	private String familyName;

	private Instant deletedAt;

	protected ScimUser() {
	}

	ScimUser(Person person) {
		this.person = person;
	}

	Long id() {
		return this.personId;
	}

	Person person() {
		return this.person;
	}

	String externalId() {
		return this.externalId;
	}

	String givenName() {
		return this.givenName;
	}

	String familyName() {
		return this.familyName;
	}

	void name(String externalId, String givenName, String familyName) {
		this.externalId = externalId;
		this.givenName = givenName;
		this.familyName = familyName;
	}

	void delete(Instant now) {
		this.deletedAt = now;
	}

}
