package org.civiclab.people;

import org.civiclab.web.Problems;

import org.springframework.stereotype.Component;

/**
 * The one check of "may this person administer here", for every admin endpoint: it asks
 * {@link Administration} and refuses as the house rules say. Someone who administers
 * nothing is refused (403); an organisation they do not administer, or one that does not
 * exist, answers 404 as if it did not exist, whoever asks.
 */
@Component
public class AdminScope {

	private final OrganisationRepository organisations;

	AdminScope(OrganisationRepository organisations) {
		this.organisations = organisations;
	}

	/** Refuses (403) someone who administers nothing at all. */
	public void requireAdmin(CurrentUser user) {
		if (!Administration.isAdmin(user)) {
			throw Problems.forbidden("admin.only");
		}
	}

	/**
	 * Refuses someone who administers nothing (403), and an organisation the person does
	 * not administer or that does not exist (404).
	 */
	public void requireAdministers(CurrentUser user, Long organisationId) {
		requireAdmin(user);
		if (organisationId == null || !Administration.administers(user, organisationId)
				|| !this.organisations.existsById(organisationId)) {
			throw Problems.notFound("organisation.not-found", organisationId);
		}
	}

	/**
	 * Refuses (403) anyone but a region's admin what belongs to the whole installation.
	 * @param refusal the code of what the refused person reads: what only a region's
	 * admin does
	 */
	public void requireAdministersInstallation(CurrentUser user, String refusal) {
		if (!Administration.administersInstallation(user)) {
			throw Problems.forbidden(refusal);
		}
	}

}
