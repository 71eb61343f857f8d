package org.civiclab.scim;

import com.unboundid.scim2.common.exceptions.ForbiddenException;

import org.civiclab.people.Administration;
import org.civiclab.people.CurrentUser;
import org.civiclab.people.CurrentUsers;

import org.springframework.stereotype.Component;

/**
 * Which organisation the directory calling provisions: that of the admin who made its
 * SCIM token (docs/adr/0025), as long as they administer it. Only a token of scope SCIM
 * reaches the SCIM endpoints at all (people.SecurityConfiguration).
 */
@Component
class ScimClient {

	private final CurrentUsers currentUsers;

	ScimClient(CurrentUsers currentUsers) {
		this.currentUsers = currentUsers;
	}

	Long organisationId() throws ForbiddenException {
		CurrentUser maker = this.currentUsers.current();
		if (!Administration.administers(maker, maker.organisationId())) {
			throw new ForbiddenException("The token's maker no longer administers the organisation");
		}
		return maker.organisationId();
	}

}
