package org.civiclab.lists;

import org.civiclab.people.Administration;
import org.civiclab.people.CurrentUser;
import org.civiclab.people.OrganisationRepository;
import org.civiclab.web.Problems;

import org.springframework.stereotype.Component;

/**
 * Who may administer an organisation's lists and fields ({@link Administration}): someone
 * who administers nothing is refused (403); an organisation they do not administer, or
 * none at all, answers 404 as if it did not exist.
 */
@Component
class AdminScope {

	private final OrganisationRepository organisations;

	AdminScope(OrganisationRepository organisations) {
		this.organisations = organisations;
	}

	void require(CurrentUser user, Long organisationId) {
		if (!Administration.isAdmin(user)) {
			throw Problems.forbidden("Only an admin manages an organisation's lists and fields");
		}
		if (!Administration.administers(user, organisationId) || !this.organisations.existsById(organisationId)) {
			throw Problems.notFound("There is no organisation " + organisationId);
		}
	}

}
