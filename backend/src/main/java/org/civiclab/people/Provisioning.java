package org.civiclab.people;

/**
 * Who owns a person's record. What an identity provider or a directory owns (name,
 * e-mail, roles, organisation) is read-only in CivicLab's admin pages: it would be
 * overwritten at the next sign-in or synchronisation.
 */
public enum Provisioning {

	/** Made in CivicLab (by an admin, or the demo); signs in with a password. */
	LOCAL,
	/** Made and brought up to date at each single sign-on (docs/adr/0015). */
	OIDC,
	/** Made, updated and deprovisioned by a directory through SCIM 2.0. */
	SCIM;

	/** Whether an admin may change the person's name, e-mail, organisation and roles. */
	public boolean isEditable() {
		return this == LOCAL;
	}

}
