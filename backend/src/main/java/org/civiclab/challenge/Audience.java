package org.civiclab.challenge;

/** Whom a challenge is put to. */
public enum Audience {

	/** The staff of its organisation. */
	STAFF,
	/** The staff of every organisation of the installation (the region). */
	REGION,
	/** Everyone: residents suggest and support without an account. */
	PUBLIC

}
