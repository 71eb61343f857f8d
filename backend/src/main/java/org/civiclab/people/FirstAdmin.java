package org.civiclab.people;

import java.util.EnumSet;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.StringUtils;

/**
 * The installation's first admin, for a new installation where nobody administers
 * anything yet and no identity provider names admins: at start, when
 * {@code civiclab.first-admin.username} is set and no active person is an admin, that
 * person is made a region's admin of {@code civiclab.first-admin.organisation}, and a
 * one-time link to set their password is written to the log (docs/adr/0023). Once anyone
 * administers, it does nothing.
 */
@Component
class FirstAdmin {

	private static final Log logger = LogFactory.getLog(FirstAdmin.class);

	private final PersonRepository people;

	private final OrganisationRepository organisations;

	private final Invitations invitations;

	private final TransactionTemplate transactions;

	private final String username;

	private final String organisation;

	FirstAdmin(PersonRepository people, OrganisationRepository organisations, Invitations invitations,
			TransactionTemplate transactions, @Value("${civiclab.first-admin.username:}") String username,
			@Value("${civiclab.first-admin.organisation:}") String organisation) {
		this.people = people;
		this.organisations = organisations;
		this.invitations = invitations;
		this.transactions = transactions;
		this.username = username.strip();
		this.organisation = organisation.strip();
	}

	@EventListener(ApplicationReadyEvent.class)
	void makeIfNobodyAdministers() {
		if (!StringUtils.hasText(this.username)) {
			return;
		}
		if (!StringUtils.hasText(this.organisation)) {
			throw new IllegalStateException("civiclab.first-admin.organisation (CIVICLAB_FIRST_ORGANISATION) must"
					+ " name the organisation of the first admin " + this.username);
		}
		try {
			Invitations.Issued link = this.transactions.execute((status) -> make());
			if (link != null) {
				logger.warn("Nobody administers CivicLab yet: " + this.username + " is its first admin (a region's"
						+ " admin of " + this.organisation + "). They set their password at /invitation/" + link.token()
						+ " on this server; the link works once, until " + link.expiresAt() + ".");
			}
		}
		catch (DataIntegrityViolationException ex) {
			logger.info("Another node made the first admin " + this.username + " at the same time");
		}
	}

	private Invitations.Issued make() {
		if (this.people.countActiveWithRoleIn(EnumSet.of(Role.ADMIN, Role.REGION_ADMIN)) > 0) {
			return null;
		}
		Organisation home = this.organisations.findByName(this.organisation)
			.orElseGet(() -> this.organisations.save(new Organisation(this.organisation)));
		Person admin = this.people.findByUsername(this.username)
			.orElseGet(() -> new Person(this.username, OidcPeople.NO_PASSWORD, this.username, home, null,
					EnumSet.of(Role.REGION_ADMIN)));
		admin.grantRegionAdministration();
		return this.invitations.issue(this.people.saveAndFlush(admin));
	}

}
